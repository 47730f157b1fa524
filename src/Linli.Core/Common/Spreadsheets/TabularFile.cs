namespace Linli.Core.Common.Spreadsheets;

/// <summary>Opens an uploaded table file (.xlsx, .csv, or .txt read as CSV) for streaming its rows.</summary>
public static class TabularFile
{
    /// <summary>
    /// Picks the reader by <paramref name="fileName"/>'s extension and checks the file can be read. The stream is
    /// read from its start and must stay open until the returned source is disposed; the caller still owns it.
    /// </summary>
    public static TabularOpenResult Open(Stream stream, string fileName)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        if (extension == ".xls")
        {
            return TabularOpenResult.Failure(SpreadsheetMessages.LegacyXls);
        }

        var isXlsx = extension == ".xlsx";
        if (!isXlsx && extension is not (".csv" or ".txt"))
        {
            return TabularOpenResult.Failure(SpreadsheetMessages.UnsupportedExtension(extension));
        }

        var input = SeekableInput.From(stream);
        var result = input.Stream.Length == 0
            ? TabularOpenResult.Failure(SpreadsheetMessages.EmptyFile)
            : isXlsx ? XlsxRowSource.Open(input) : CsvRowSource.Open(input);
        if (!result.Succeeded)
        {
            input.Dispose();
        }

        return result;
    }
}
