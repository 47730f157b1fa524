using Linli.Core.Common.Spreadsheets;

namespace Linli.Tests.Spreadsheets;

/// <summary>Helpers that open a file through the public entry point and read all of its rows.</summary>
internal static class SheetReading
{
    public static List<SheetRow> ReadAll(Stream stream, string fileName)
    {
        var result = TabularFile.Open(stream, fileName);
        Assert.True(result.Succeeded, result.Error?.En);
        using var source = result.Source;
        return [.. source.ReadRows()];
    }

    public static List<SheetRow> ReadAll(byte[] bytes, string fileName) => ReadAll(new MemoryStream(bytes), fileName);

    public static Linli.Core.Common.Bilingual OpenError(byte[] bytes, string fileName)
    {
        var result = TabularFile.Open(new MemoryStream(bytes), fileName);
        Assert.False(result.Succeeded);
        return result.Error;
    }

    /// <summary>A stream that refuses to seek, like a network body, to prove the spooling path.</summary>
    public sealed class ForwardOnlyStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
