using System.Text;
using System.Xml;

namespace Linli.Core.Common.Spreadsheets;

internal static class XmlText
{
    /// <summary>
    /// The text without characters XML cannot hold (most control characters). Such characters arrive with text
    /// pasted from other programs, and one of them would otherwise abort a whole export.
    /// </summary>
    public static string WithoutInvalidChars(string value)
    {
        var firstInvalid = IndexOfInvalidChar(value, 0);
        if (firstInvalid < 0)
        {
            return value;
        }

        var builder = new StringBuilder(value.Length);
        var start = 0;
        for (var invalid = firstInvalid; invalid >= 0; invalid = IndexOfInvalidChar(value, start))
        {
            builder.Append(value, start, invalid - start);
            start = invalid + 1;
        }

        return builder.Append(value, start, value.Length - start).ToString();
    }

    private static int IndexOfInvalidChar(string value, int start)
    {
        for (var i = start; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (!XmlConvert.IsXmlChar(c))
            {
                return i;
            }
        }

        return -1;
    }
}
