namespace Linli.Core.Common.Spreadsheets;

/// <summary>One non-empty row read from a spreadsheet or CSV file.</summary>
/// <param name="RowNumber">
/// The row number a spreadsheet program shows (the header is 1), so messages can send users to the right line.
/// Skipped blank rows still count, which keeps the numbers true to the file.
/// </param>
/// <param name="Cells">Trimmed cell texts by column index; a missing cell is an empty string.</param>
public sealed record SheetRow(int RowNumber, IReadOnlyList<string> Cells)
{
    /// <summary>The cell text at <paramref name="column"/>, or "" past the end: rows are ragged in real files.</summary>
    public string CellAt(int column) => column >= 0 && column < Cells.Count ? Cells[column] : "";
}
