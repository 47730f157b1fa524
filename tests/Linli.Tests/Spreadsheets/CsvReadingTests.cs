using System.Text;
using Linli.Core.Common.Spreadsheets;
using static Linli.Tests.Spreadsheets.SheetReading;

namespace Linli.Tests.Spreadsheets;

public class CsvReadingTests
{
    private const string ChineseCsv = "姓名,手机号,地址\n张三,013812345678,北京市朝阳区\n李四,13900000000,上海市\n";

    private static readonly Encoding Gb18030 = LoadGb18030();

    [Fact]
    public void Utf8WithBom_ReadsChineseText()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(ChineseCsv)).ToArray();

        AssertChineseRows(ReadAll(bytes, "居民.csv"));
    }

    [Fact]
    public void Utf8WithoutBom_ReadsChineseText()
    {
        AssertChineseRows(ReadAll(new UTF8Encoding(false).GetBytes(ChineseCsv), "residents.CSV"));
    }

    [Fact]
    public void GbkEncoded_IsDetectedAndDecoded()
    {
        AssertChineseRows(ReadAll(Gb18030.GetBytes(ChineseCsv), "residents.csv"));
    }

    [Fact]
    public void TxtExtension_IsReadAsCsv()
    {
        AssertChineseRows(ReadAll(Encoding.UTF8.GetBytes(ChineseCsv), "residents.txt"));
    }

    [Fact]
    public void NonSeekableStream_IsSpooledAndRead()
    {
        AssertChineseRows(ReadAll(new ForwardOnlyStream(Gb18030.GetBytes(ChineseCsv)), "residents.csv"));
    }

    [Fact]
    public void Utf8Bom_WithInvalidBytesLater_NamesTheLine()
    {
        var bytes = Encoding.UTF8.GetPreamble()
            .Concat(Encoding.UTF8.GetBytes("姓名\n张三\n"))
            .Concat(Gb18030.GetBytes("李四\n"))
            .ToArray();

        var error = OpenError(bytes, "a.csv");

        Assert.Contains("第3行", error.Zh, StringComparison.Ordinal);
        Assert.Contains("line 3", error.En, StringComparison.Ordinal);
    }

    [Fact]
    public void QuotedFields_KeepCommasQuotesAndLineBreaks_AndRowsStartOnTheirFirstLine()
    {
        var csv = "name,note\r\n\"Wang, Fang\",\"line one\r\nline two\"\r\nplain,\"say \"\"hi\"\"\"\r\n\r\nlast, padded \r\n";

        var rows = ReadAll(Encoding.UTF8.GetBytes(csv), "a.csv");

        Assert.Equal([1, 2, 4, 6], rows.Select(r => r.RowNumber));
        Assert.Equal(["Wang, Fang", "line one\r\nline two"], rows[1].Cells);
        Assert.Equal(["plain", "say \"hi\""], rows[2].Cells);
        Assert.Equal(["last", "padded"], rows[3].Cells);
    }

    [Fact]
    public void BlankRowsAreSkipped_ButNumberingStaysTrueToTheFile()
    {
        var rows = ReadAll(Encoding.UTF8.GetBytes("a,b\n\n , \nx,y"), "a.csv");

        Assert.Equal([1, 4], rows.Select(r => r.RowNumber));
        Assert.Equal(["x", "y"], rows[1].Cells);
        Assert.Equal("", rows[1].CellAt(5));
    }

    [Fact]
    public void HeaderOnlyFile_YieldsOneRow()
    {
        var rows = ReadAll(Encoding.UTF8.GetBytes("姓名,手机号\r\n"), "a.csv");

        var header = Assert.Single(rows);
        Assert.Equal(1, header.RowNumber);
        Assert.Equal(["姓名", "手机号"], header.Cells);
    }

    [Fact]
    public void Progress_IsMeasuredInBytes()
    {
        var bytes = Encoding.UTF8.GetBytes(ChineseCsv);
        using var source = TabularFile.Open(new MemoryStream(bytes), "a.csv").Source!;

        Assert.Equal(bytes.Length, source.TotalBytes);
        Assert.Null(source.ExpectedRowCount);
        var rows = source.ReadRows().ToList();
        Assert.Equal(1.0, source.EstimateProgress(rows[^1]));
    }

    private static void AssertChineseRows(List<SheetRow> rows)
    {
        Assert.Equal(3, rows.Count);
        Assert.Equal(["姓名", "手机号", "地址"], rows[0].Cells);
        Assert.Equal(["张三", "013812345678", "北京市朝阳区"], rows[1].Cells);
        Assert.Equal(3, rows[2].RowNumber);
        Assert.Equal("上海市", rows[2].CellAt(2));
    }

    private static Encoding LoadGb18030()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030");
    }
}
