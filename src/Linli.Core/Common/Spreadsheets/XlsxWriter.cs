using System.Globalization;
using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Linli.Core.Common.Spreadsheets;

/// <summary>
/// Writes an .xlsx file row by row without building it in memory, so exports of 100,000+ rows stay cheap.
/// Every value is written as text, so IDs and phone numbers keep their leading zeros and all their digits.
/// The output stream need not be seekable (an HTTP response works); the caller keeps ownership of it.
/// </summary>
public sealed class XlsxWriter : IDisposable
{
    /// <summary>Excel cannot open a sheet with more rows than this.</summary>
    public const int MaxRowsPerSheet = 1_048_576;

    private readonly ZipArchive _zip;
    private readonly List<string> _sheetNames = [];
    private Stream? _sheetStream;
    private OpenXmlWriter? _sheet;
    private int _rowNumber;
    private bool _completed;

    /// <param name="columnWidths">Widths of the first columns in Excel's character units; optional.</param>
    public XlsxWriter(Stream output, string sheetName, IReadOnlyList<double>? columnWidths = null)
    {
        _zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        XlsxPackageParts.WriteStyles(_zip);
        AddSheet(sheetName, columnWidths);
    }

    /// <summary>The sheet names as written, after making them valid and unique for Excel.</summary>
    public IReadOnlyList<string> SheetNames => _sheetNames;

    /// <summary>Finishes the current sheet and starts a new one; later rows go to it.</summary>
    public void AddSheet(string name, IReadOnlyList<double>? columnWidths = null)
    {
        ObjectDisposedException.ThrowIf(_completed, this);
        FinishSheet();
        _sheetNames.Add(Spreadsheets.SheetNames.MakeValid(name, _sheetNames));
        _sheetStream = _zip.CreateEntry(XlsxPackageParts.WorksheetPath(_sheetNames.Count), CompressionLevel.Fastest)
            .Open();
        _sheet = OpenXmlWriter.Create(_sheetStream);
        _sheet.WriteStartDocument();
        _sheet.WriteStartElement(new Worksheet());
        if (columnWidths is { Count: > 0 })
        {
            _sheet.WriteElement(new Columns(columnWidths.Select((width, i) => new Column
            {
                Min = (uint)(i + 1), Max = (uint)(i + 1), Width = width, CustomWidth = true,
            })));
        }

        _sheet.WriteStartElement(new SheetData());
        _rowNumber = 0;
    }

    /// <summary>Writes a row in bold, for column headings.</summary>
    public void WriteHeaderRow(IEnumerable<string?> cells) => WriteRow(cells, XlsxPackageParts.BoldStyle);

    /// <summary>Writes a row; null or empty values leave their cell empty but keep the following columns in place.</summary>
    public void WriteRow(IEnumerable<string?> cells) => WriteRow(cells, styleIndex: 0);

    /// <summary>
    /// Writes a row of values: decimals, ints and doubles as number cells (reports whose figures should add up in
    /// Excel), anything else as text, null as an empty cell.
    /// </summary>
    public void WriteValues(IEnumerable<object?> cells)
    {
        ObjectDisposedException.ThrowIf(_completed, this);
        var column = 0;
        var rowIndex = (_rowNumber + 1).ToString(CultureInfo.InvariantCulture);
        var row = new List<Cell>();
        foreach (var value in cells)
        {
            var reference = CellReference.ColumnName(column++) + rowIndex;
            switch (value)
            {
                case decimal or int or long or double:
                    row.Add(new Cell(new CellValue(Convert.ToString(value, CultureInfo.InvariantCulture)!)) { CellReference = reference, DataType = CellValues.Number });
                    break;
                case { } text when text.ToString() is { Length: > 0 } s:
                    row.Add(TextCell(reference, s, 0));
                    break;
            }
        }

        WriteCells(row);
    }

    /// <summary>Finishes the package. Nothing can be written afterwards; calling it again does nothing.</summary>
    public void Complete()
    {
        if (_completed)
        {
            return;
        }

        FinishSheet();
        XlsxPackageParts.WriteWorkbook(_zip, _sheetNames);
        _zip.Dispose();
        _completed = true;
    }

    /// <summary>Completes the package if <see cref="Complete"/> was not called, like closing a file.</summary>
    public void Dispose() => Complete();

    private void WriteRow(IEnumerable<string?> cells, uint styleIndex)
    {
        ObjectDisposedException.ThrowIf(_completed, this);
        var rowIndex = (_rowNumber + 1).ToString(CultureInfo.InvariantCulture);
        var column = 0;
        var row = new List<Cell>();
        foreach (var value in cells)
        {
            if (!string.IsNullOrEmpty(value))
            {
                row.Add(TextCell(CellReference.ColumnName(column) + rowIndex, value, styleIndex));
            }

            column++;
        }

        WriteCells(row);
    }

    private void WriteCells(List<Cell> cells)
    {
        if (_rowNumber == MaxRowsPerSheet)
        {
            throw new InvalidOperationException($"A sheet holds at most {MaxRowsPerSheet} rows; add another sheet.");
        }

        _rowNumber++;
        _sheet!.WriteStartElement(new Row(), [new OpenXmlAttribute("r", "", _rowNumber.ToString(CultureInfo.InvariantCulture))]);
        foreach (var cell in cells)
        {
            _sheet.WriteElement(cell);
        }

        _sheet.WriteEndElement();
    }

    private static Cell TextCell(string reference, string value, uint styleIndex)
    {
        var text = new Text(XmlText.WithoutInvalidChars(value));
        if (char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1]))
        {
            // Without this, XML readers (Excel included) drop the spaces at the ends.
            text.Space = SpaceProcessingModeValues.Preserve;
        }

        var cell = new Cell(new InlineString(text)) { CellReference = reference, DataType = CellValues.InlineString };
        if (styleIndex != 0)
        {
            cell.StyleIndex = styleIndex;
        }

        return cell;
    }

    private void FinishSheet()
    {
        if (_sheet is null)
        {
            return;
        }

        _sheet.WriteEndElement(); // sheetData
        _sheet.WriteEndElement(); // worksheet
        _sheet.Close();
        _sheetStream!.Dispose();
        _sheet = null;
        _sheetStream = null;
    }
}
