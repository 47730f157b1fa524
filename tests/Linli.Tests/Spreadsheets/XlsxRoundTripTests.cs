using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Linli.Core.Common.Spreadsheets;
using static Linli.Tests.Spreadsheets.SheetReading;

namespace Linli.Tests.Spreadsheets;

public class XlsxRoundTripTests
{
    [Fact]
    public void WrittenRows_ReadBackUnchanged()
    {
        var bytes = Write(writer =>
        {
            writer.WriteHeaderRow(["姓名", "手机号", "楼栋", "备注"]);
            writer.WriteRow(["张三", "013812345678", null, "  前后空格  "]);
            writer.WriteRow([null, null, null, null]);
            writer.WriteRow(["李四", "", "3号楼", "00123"]);
        });

        var rows = ReadAll(bytes, "export.xlsx");

        Assert.Equal([1, 2, 4], rows.Select(r => r.RowNumber));
        Assert.Equal(["姓名", "手机号", "楼栋", "备注"], rows[0].Cells);
        Assert.Equal(["张三", "013812345678", "", "前后空格"], rows[1].Cells);
        Assert.Equal(["李四", "", "3号楼", "00123"], rows[2].Cells);
    }

    [Fact]
    public void WrittenPackage_IsValidOpenXml_WithSheetsInOrder()
    {
        var bytes = Write(writer =>
        {
            writer.WriteHeaderRow(["a", "b"]);
            writer.WriteRow(["1\u0001", " x"]);
            writer.AddSheet("居民/名单", [12, 30]);
            writer.WriteRow(["second"]);
            writer.AddSheet("居民/名单");
        }, columnWidths: [20]);

        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var errors = new OpenXmlValidator().Validate(document).Select(e => e.Description).ToList();
        Assert.Empty(errors);
        var names = document.WorkbookPart!.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>()
            .Select(s => s.Name!.Value);
        Assert.Equal(["概况", "居民_名单", "居民_名单 (2)"], names);
        Assert.Equal(["1", "x"], ReadAll(bytes, "a.xlsx")[1].Cells);
    }

    [Fact]
    public void NonSeekableOutput_IsSupported()
    {
        using var buffer = new MemoryStream();
        using (var output = new WriteOnlyStream(buffer))
        using (var writer = new XlsxWriter(output, "s"))
        {
            writer.WriteRow(["只写"]);
        }

        Assert.Equal("只写", ReadAll(buffer.ToArray(), "a.xlsx")[0].Cells[0]);
    }

    private static byte[] Write(Action<XlsxWriter> write, IReadOnlyList<double>? columnWidths = null)
    {
        using var output = new MemoryStream();
        using (var writer = new XlsxWriter(output, "概况", columnWidths))
        {
            write(writer);
        }

        return output.ToArray();
    }

    private sealed class WriteOnlyStream(Stream inner) : Stream
    {
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() => inner.Flush();
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);
    }
}
