using System.IO.Packaging;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Linli.Core.Common.Spreadsheets;

/// <summary>Streams the rows of the first worksheet (in the order the workbook lists its sheets).</summary>
internal sealed class XlsxRowSource : RowSource
{
    private readonly SeekableInput _input;
    private readonly SpreadsheetDocument _document;
    private readonly WorksheetPart _sheet;
    private readonly IReadOnlyList<string> _sharedStrings;
    private readonly int? _expectedRowCount;

    private XlsxRowSource(
        SeekableInput input, SpreadsheetDocument document, WorksheetPart sheet, IReadOnlyList<string> sharedStrings)
    {
        _input = input;
        _document = document;
        _sheet = sheet;
        _sharedStrings = sharedStrings;
        _expectedRowCount = XlsxDimension.ReadLastRow(sheet);
    }

    public override int? ExpectedRowCount => _expectedRowCount;

    public static TabularOpenResult Open(SeekableInput input)
    {
        SpreadsheetDocument document;
        try
        {
            document = SpreadsheetDocument.Open(input.Stream, isEditable: false);
        }
        catch (Exception e) when (IsDamagedPackage(e))
        {
            return TabularOpenResult.Failure(SpreadsheetMessages.CorruptXlsx);
        }

        try
        {
            // A zip without a workbook is some other kind of file that happens to be named .xlsx.
            if (document.WorkbookPart is not { } workbook)
            {
                document.Dispose();
                return TabularOpenResult.Failure(SpreadsheetMessages.CorruptXlsx);
            }

            if (FindFirstWorksheet(workbook) is not { } sheet)
            {
                document.Dispose();
                return TabularOpenResult.Failure(SpreadsheetMessages.NoWorksheet);
            }

            return TabularOpenResult.Success(
                new XlsxRowSource(input, document, sheet, XlsxSharedStrings.Load(workbook)));
        }
        catch (Exception e) when (IsDamagedPackage(e))
        {
            document.Dispose();
            return TabularOpenResult.Failure(SpreadsheetMessages.CorruptXlsx);
        }
    }

    protected override IEnumerable<SheetRow> ReadRowsCore()
    {
        using var reader = new XlsxSheetReader(_sheet, _sharedStrings);
        while (reader.ReadNext() is { } row)
        {
            yield return row;
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _document.Dispose();
            _input.Dispose();
        }

        base.Dispose(disposing);
    }

    private static WorksheetPart? FindFirstWorksheet(WorkbookPart workbook)
    {
        // Part order in the package is arbitrary; the workbook's sheet list is the tab order users see.
        var sheets = workbook.Workbook.Sheets?.Elements<Sheet>() ?? [];
        return sheets
            .Select(sheet => sheet.Id?.Value is { } id && workbook.TryGetPartById(id, out var part) ? part : null)
            .OfType<WorksheetPart>()
            .FirstOrDefault();
    }

    private static bool IsDamagedPackage(Exception e) =>
        e is XmlException or InvalidDataException or FileFormatException or OpenXmlPackageException
            or IOException or ArgumentException or InvalidOperationException;
}
