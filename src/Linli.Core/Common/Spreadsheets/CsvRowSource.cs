using System.Text;

namespace Linli.Core.Common.Spreadsheets;

/// <summary>Streams the records of a comma-separated file, honouring quotes, embedded commas and line breaks.</summary>
internal sealed class CsvRowSource : RowSource
{
    private readonly SeekableInput _input;
    private readonly Encoding _encoding;

    private CsvRowSource(SeekableInput input, Encoding encoding)
    {
        _input = input;
        _encoding = encoding;
    }

    public override long? TotalBytes => _input.Stream.Length;

    public override long BytesRead => _input.Stream.Position;

    public static TabularOpenResult Open(SeekableInput input)
    {
        var (encoding, error) = CsvEncodingDetector.Detect(input.Stream);
        return encoding is null
            ? TabularOpenResult.Failure(error!)
            : TabularOpenResult.Success(new CsvRowSource(input, encoding));
    }

    protected override IEnumerable<SheetRow> ReadRowsCore()
    {
        using var reader = new StreamReader(
            _input.Stream, _encoding, detectEncodingFromByteOrderMarks: true, bufferSize: 64 * 1024, leaveOpen: true);
        var parser = new CsvRecordParser(reader);
        while (parser.ReadRecord() is (var firstLine, var fields))
        {
            var cells = fields.ConvertAll(field => field.Trim());
            if (cells.Exists(cell => cell.Length > 0))
            {
                yield return new SheetRow(firstLine, cells);
            }
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _input.Dispose();
        }

        base.Dispose(disposing);
    }
}
