using DocumentFormat.OpenXml;

namespace Linli.Core.Common.Spreadsheets;

internal static class OpenXmlReaderExtensions
{
    /// <summary>
    /// Each element of type <typeparamref name="T"/>, loaded one at a time so only one is in memory.
    /// </summary>
    public static IEnumerable<T> LoadEach<T>(this OpenXmlReader reader)
        where T : OpenXmlElement
    {
        var positioned = reader.Read();
        while (positioned)
        {
            if (reader.ElementType == typeof(T) && reader.IsStartElement)
            {
                yield return (T)reader.LoadCurrentElement()!;
                // Loading moves the reader past the element; calling Read now could skip a sibling that
                // directly follows, so examine the current position first.
                positioned = !reader.EOF;
            }
            else
            {
                positioned = reader.Read();
            }
        }
    }
}
