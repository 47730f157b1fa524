using System.IO.Packaging;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Linli.Core.Common.Spreadsheets;

/// <summary>Reads a worksheet row by row with the SAX-style reader, holding one row in memory at a time.</summary>
internal sealed class XlsxSheetReader : IDisposable
{
    private readonly OpenXmlReader _reader;
    private readonly IEnumerator<Row> _rows;
    private readonly IReadOnlyList<string> _sharedStrings;
    private int _previousRowNumber;

    public XlsxSheetReader(WorksheetPart sheet, IReadOnlyList<string> sharedStrings)
    {
        _reader = OpenXmlReader.Create(sheet);
        _rows = _reader.LoadEach<Row>().GetEnumerator();
        _sharedStrings = sharedStrings;
    }

    /// <summary>The next row with any text in it, or null at the end of the sheet.</summary>
    public SheetRow? ReadNext()
    {
        try
        {
            while (_rows.MoveNext())
            {
                var row = _rows.Current;
                // Writers may leave out r="…"; rows are then consecutive by definition.
                var rowNumber = row.RowIndex?.Value is { } index and > 0 ? (int)index : _previousRowNumber + 1;
                _previousRowNumber = rowNumber;
                var cells = ReadCells(row);
                if (cells.Exists(cell => cell.Length > 0))
                {
                    return new SheetRow(rowNumber, cells);
                }
            }

            return null;
        }
        catch (Exception e) when (e is XmlException or InvalidDataException or IOException
            or FileFormatException or OpenXmlPackageException)
        {
            throw new SpreadsheetReadException(SpreadsheetMessages.CorruptXlsxNearRow(_previousRowNumber + 1), e);
        }
    }

    private List<string> ReadCells(Row row)
    {
        var cells = new List<string>();
        var nextColumn = 0;
        foreach (var cell in row.Elements<Cell>())
        {
            // Excel omits empty cells, so a cell's place comes from its reference, not its position in the row.
            var column = cell.CellReference?.Value is { } reference
                && CellReference.TryParseColumn(reference, out var parsed) ? parsed : nextColumn;
            nextColumn = column + 1;
            var text = XlsxCellText.Read(cell, _sharedStrings).Trim();
            while (cells.Count <= column)
            {
                cells.Add("");
            }

            cells[column] = text;
        }

        return cells;
    }

    public void Dispose()
    {
        _rows.Dispose();
        _reader.Dispose();
    }
}
