using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Linli.Core.Common.Spreadsheets;

namespace Linli.Tests.Spreadsheets;

/// <summary>Files shaped like Excel writes them: shared strings, numbers, sparse cells, several sheets.</summary>
public class ExcelAuthoredXlsxTests
{
    [Fact]
    public void SharedStringsNumbersAndSparseCells_ReadAsTheUserSeesThem()
    {
        using var source = TabularFile.Open(new MemoryStream(BuildWorkbook()), "excel.xlsx").Source!;
        var rows = source.ReadRows().ToList();

        Assert.Equal(7, source.ExpectedRowCount);
        Assert.Equal([1, 2, 3, 6, 7], rows.Select(r => r.RowNumber));
        Assert.Equal(["姓名", "手机号", "", "备注"], rows[0].Cells);
        Assert.Equal(["王五", "13812345678"], rows[1].Cells);
        Assert.Equal(["赵六", "13912345678", "TRUE", "0.3"], rows[2].Cells);
        Assert.Equal(["富文本", "", "2.5"], rows[3].Cells);
        Assert.Equal(["无引用", "紧随其后"], rows[4].Cells);
        Assert.Equal(6.0 / 7, source.EstimateProgress(rows[3]));
    }

    [Theory]
    [InlineData("13812345678", "13812345678")]
    [InlineData("1.3812345678E+10", "13812345678")]
    [InlineData("1.3812345678E10", "13812345678")]
    [InlineData("42.0", "42")]
    [InlineData("-7", "-7")]
    [InlineData("0.30000000000000004", "0.3")]
    [InlineData("1.10101199001011E+17", "110101199001011000")]
    [InlineData("1234567890123456789", "1234567890123456789")]
    [InlineData("2.5E-3", "0.0025")]
    [InlineData("not a number", "not a number")]
    public void Numbers_PrintAsTyped(string stored, string expected)
    {
        Assert.Equal(expected, XlsxCellText.FormatNumber(stored));
    }

    [Theory]
    [InlineData("A1", 0)]
    [InlineData("Z9", 25)]
    [InlineData("AA10", 26)]
    [InlineData("xfd1", 16_383)]
    public void CellReferenceColumns_RoundTrip(string reference, int column)
    {
        Assert.True(CellReference.TryParseColumn(reference, out var parsed));
        Assert.Equal(column, parsed);
        Assert.Equal(reference.ToUpperInvariant()[..CellReference.ColumnName(column).Length], CellReference.ColumnName(column));
    }

    [Fact]
    public void CellReferenceBeyondExcelsLastColumn_IsRejected()
    {
        Assert.False(CellReference.TryParseColumn("XFE1", out _));
        Assert.False(CellReference.TryParseColumn("5", out _));
    }

    private static byte[] BuildWorkbook()
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            // Added first but listed second: the reader must follow the workbook's tab order, not part order.
            var other = workbook.AddNewPart<WorksheetPart>();
            other.Worksheet = new Worksheet(new SheetData(new Row(Cell("A1", "5", null)) { RowIndex = 1 }));
            var main = workbook.AddNewPart<WorksheetPart>();
            main.Worksheet = new Worksheet(new SheetDimension { Reference = "A1:D7" }, new SheetData(MainRows()));
            workbook.Workbook = new Workbook(new Sheets(
                new Sheet { Name = "名单", SheetId = 2, Id = workbook.GetIdOfPart(main) },
                new Sheet { Name = "其他", SheetId = 1, Id = workbook.GetIdOfPart(other) }));
            var strings = workbook.AddNewPart<SharedStringTablePart>();
            strings.SharedStringTable = new SharedStringTable(
                new SharedStringItem(new Text("姓名")),
                new SharedStringItem(new Text("手机号")),
                new SharedStringItem(new Text("备注")),
                new SharedStringItem(new Text(" 王五 ") { Space = SpaceProcessingModeValues.Preserve }),
                new SharedStringItem(
                    new Run(new Text("富")),
                    new Run(new RunProperties(new Bold()), new Text("文本")),
                    new PhoneticRun(new Text("fu")) { BaseTextStartIndex = 0, EndingBaseIndex = 1 }));
        }

        return stream.ToArray();
    }

    private static IEnumerable<Row> MainRows()
    {
        yield return new Row(Shared("A1", 0), Shared("B1", 1), Shared("D1", 2)) { RowIndex = 1 };
        yield return new Row(Shared("A2", 3), Cell("B2", "13812345678", null)) { RowIndex = 2 };
        yield return new Row(
            new Cell(new InlineString(new Text("赵六"))) { CellReference = "A3", DataType = CellValues.InlineString },
            Cell("B3", "1.3912345678E+10", CellValues.Number),
            Cell("C3", "1", CellValues.Boolean),
            Cell("D3", "0.30000000000000004", null)) { RowIndex = 3 };
        // A formatted but empty row, as Excel leaves behind after clearing cells.
        yield return new Row(new Cell { CellReference = "B4", StyleIndex = 0 }) { RowIndex = 4 };
        yield return new Row(Cell("C6", "2.5", null), Shared("A6", 4)) { RowIndex = 6 };
        // No r attributes at all: the row follows the previous one and cells follow each other.
        yield return new Row(
            new Cell(new InlineString(new Text("无引用"))) { DataType = CellValues.InlineString },
            new Cell(new InlineString(new Text("紧随其后"))) { DataType = CellValues.InlineString });
    }

    private static Cell Shared(string reference, int index) => Cell(reference, index.ToString(), CellValues.SharedString);

    private static Cell Cell(string reference, string value, CellValues? type)
    {
        var cell = new Cell(new CellValue(value)) { CellReference = reference };
        if (type is { } t)
        {
            cell.DataType = t;
        }

        return cell;
    }
}
