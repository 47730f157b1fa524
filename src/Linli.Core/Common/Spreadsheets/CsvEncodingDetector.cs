using System.Text;

namespace Linli.Core.Common.Spreadsheets;

/// <summary>
/// Guesses the encoding of a CSV file. Excel on Chinese Windows saves CSV as GBK without a marker, newer tools
/// save UTF-8 with or without a BOM; bytes that are valid UTF-8 throughout are almost never meant as GBK.
/// </summary>
internal static class CsvEncodingDetector
{
    private const int ChunkSize = 64 * 1024;

    private static readonly Encoding StrictUtf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);

    // GB18030 is a superset of GBK and GB2312, so it also reads files saved under those names.
    private static readonly Encoding Gb18030 = LoadGb18030();

    /// <summary>
    /// The encoding to read <paramref name="stream"/> with, or why it cannot be read. Validates the whole stream
    /// chunk by chunk, so a problem late in a large file is found before any row is handed out.
    /// Leaves the stream at its start.
    /// </summary>
    public static (Encoding? Encoding, Bilingual? Error) Detect(Stream stream)
    {
        try
        {
            Span<byte> head = stackalloc byte[3];
            var headLength = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
            head = head[..headLength];
            if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
            {
                return (Encoding.Unicode, null);
            }

            if (head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            {
                return (Encoding.BigEndianUnicode, null);
            }

            var hasUtf8Bom = head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]);
            stream.Position = hasUtf8Bom ? 3 : 0;
            var invalidLine = FindFirstInvalidUtf8Line(stream);
            if (invalidLine is null)
            {
                return (Encoding.UTF8, null);
            }

            // A BOM is an explicit promise of UTF-8; guessing GBK then would only turn errors into mojibake.
            return hasUtf8Bom ? (null, SpreadsheetMessages.InvalidUtf8(invalidLine.Value)) : (Gb18030, null);
        }
        finally
        {
            stream.Position = 0;
        }
    }

    /// <summary>The 1-based line of the first byte sequence that is not UTF-8, or null if all of it is.</summary>
    private static int? FindFirstInvalidUtf8Line(Stream stream)
    {
        var decoder = StrictUtf8.GetDecoder();
        var bytes = new byte[ChunkSize];
        var chars = new char[StrictUtf8.GetMaxCharCount(ChunkSize)];
        var line = 1;
        int read;
        while ((read = stream.Read(bytes, 0, bytes.Length)) > 0)
        {
            try
            {
                decoder.GetChars(bytes, 0, read, chars, 0, flush: false);
            }
            catch (DecoderFallbackException e)
            {
                // In UTF-8 a 0x0A byte is always a line feed, so counting bytes gives the line.
                var end = Math.Clamp(e.Index, 0, read);
                return line + bytes.AsSpan(0, end).Count((byte)'\n');
            }

            line += bytes.AsSpan(0, read).Count((byte)'\n');
        }

        try
        {
            decoder.GetChars([], 0, 0, chars, 0, flush: true);
            return null;
        }
        catch (DecoderFallbackException)
        {
            return line;
        }
    }

    private static Encoding LoadGb18030()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030");
    }
}
