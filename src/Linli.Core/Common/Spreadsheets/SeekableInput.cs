namespace Linli.Core.Common.Spreadsheets;

/// <summary>
/// The input as a seekable stream positioned at its start. Zip packages need seeking, and CSV encoding detection
/// reads the bytes twice; a stream that cannot seek is spooled to a temporary file (not memory, to stay streaming).
/// </summary>
internal sealed class SeekableInput : IDisposable
{
    private readonly bool _ownsStream;

    private SeekableInput(Stream stream, bool ownsStream)
    {
        Stream = stream;
        _ownsStream = ownsStream;
    }

    public Stream Stream { get; }

    public static SeekableInput From(Stream stream)
    {
        if (stream.CanSeek)
        {
            stream.Position = 0;
            return new SeekableInput(stream, ownsStream: false);
        }

        var spool = new FileStream(
            Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None,
            bufferSize: 64 * 1024, FileOptions.DeleteOnClose);
        stream.CopyTo(spool);
        spool.Position = 0;
        return new SeekableInput(spool, ownsStream: true);
    }

    public void Dispose()
    {
        if (_ownsStream)
        {
            Stream.Dispose();
        }
    }
}
