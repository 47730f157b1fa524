namespace Linli.Core.Common.Spreadsheets;

/// <summary>
/// A streaming, single-pass reader of the rows of one table (a CSV file or an .xlsx file's first worksheet).
/// It holds the input open, so dispose it when done; the caller still owns the stream it passed in.
/// </summary>
public abstract class RowSource : IDisposable
{
    private bool _rowsRequested;

    /// <summary>
    /// Rows in file order, read lazily; blank rows are left out. Can be called once only, because the rows are
    /// streamed rather than kept. Throws <see cref="SpreadsheetReadException"/> if the file turns out damaged partway.
    /// </summary>
    public IEnumerable<SheetRow> ReadRows()
    {
        if (_rowsRequested)
        {
            throw new InvalidOperationException("Rows of a streaming source can be read only once.");
        }

        _rowsRequested = true;
        return ReadRowsCore();
    }

    /// <summary>Size of the input in bytes, when the progress of reading is measured in bytes (CSV).</summary>
    public virtual long? TotalBytes => null;

    /// <summary>How far reading has got in bytes (read-ahead included), when <see cref="TotalBytes"/> is known.</summary>
    public virtual long BytesRead => 0;

    /// <summary>
    /// The last row number the file declares (an .xlsx <c>dimension</c>), when it declares one. Writers may omit
    /// it or get it wrong, so treat it as a hint for a progress bar only.
    /// </summary>
    public virtual int? ExpectedRowCount => null;

    /// <summary>A fraction between 0 and 1 for a progress bar, or null when the source gives no size hint.</summary>
    public double? EstimateProgress(SheetRow? lastRowRead)
    {
        if (ExpectedRowCount is > 0 and var expected)
        {
            return Math.Clamp((double)(lastRowRead?.RowNumber ?? 0) / expected, 0, 1);
        }

        if (TotalBytes is > 0 and var total)
        {
            return Math.Clamp((double)BytesRead / total, 0, 1);
        }

        return null;
    }

    protected abstract IEnumerable<SheetRow> ReadRowsCore();

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
    }
}
