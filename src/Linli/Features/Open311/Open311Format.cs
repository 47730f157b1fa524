using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Xml;
using Linli.Core.Features.Requests;

namespace Linli.Features.Open311;

/// <summary>An Open311 object: ordered fields, written as a JSON object or as XML child elements of the same names.</summary>
public sealed class O311Object : List<KeyValuePair<string, object?>>
{
    public void Add(string name, object? value) => Add(new(name, value));
}

/// <summary>A list: a JSON array, or in XML an element whose children are all named <see cref="ItemName"/>.</summary>
public sealed record O311List(string ItemName, IReadOnlyList<object> Items);

/// <summary>
/// One GeoReport v2 response in the format the URL asked for (.json or .xml). Both formats are
/// written from the same tree, so JSON field names and XML element names cannot drift apart.
/// </summary>
public sealed class Open311Response(string format, string root, object body, int status = StatusCodes.Status200OK) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.StatusCode = status;
        var bytes = format == "xml" ? Xml(root, body) : Json(body);
        httpContext.Response.ContentType = format == "xml" ? "text/xml; charset=utf-8" : "application/json; charset=utf-8";
        httpContext.Response.ContentLength = bytes.Length;
        await httpContext.Response.Body.WriteAsync(bytes);
    }

    /// <summary>Times are Beijing time with its offset, as W3C date-times.</summary>
    public static string Time(DateTime utc) =>
        new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)).ToOffset(WorkCalendar.ChinaOffset).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    private static byte[] Json(object body)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All) }))
        {
            WriteJson(writer, body);
        }
        return stream.ToArray();
    }

    private static void WriteJson(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null: writer.WriteNullValue(); break;
            case string s: writer.WriteStringValue(s); break;
            case bool b: writer.WriteBooleanValue(b); break;
            case int i: writer.WriteNumberValue(i); break;
            case long l: writer.WriteNumberValue(l); break;
            case double d: writer.WriteNumberValue(d); break;
            case DateTime t: writer.WriteStringValue(Time(t)); break;
            case O311List list:
                writer.WriteStartArray();
                foreach (var item in list.Items)
                {
                    WriteJson(writer, item);
                }
                writer.WriteEndArray();
                break;
            case O311Object obj:
                writer.WriteStartObject();
                foreach (var (name, field) in obj)
                {
                    writer.WritePropertyName(name);
                    WriteJson(writer, field);
                }
                writer.WriteEndObject();
                break;
            default: throw new ArgumentException($"Open311 cannot write a {value.GetType().Name}", nameof(value));
        }
    }

    private static byte[] Xml(string root, object body)
    {
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = false }))
        {
            writer.WriteStartDocument();
            WriteXml(writer, root, body);
            writer.WriteEndDocument();
        }
        return stream.ToArray();
    }

    private static void WriteXml(XmlWriter writer, string name, object? value)
    {
        writer.WriteStartElement(name);
        switch (value)
        {
            case null: break;
            case string s: writer.WriteString(XmlText(s)); break;
            case bool b: writer.WriteString(b ? "true" : "false"); break;
            case int or long or double: writer.WriteString(Convert.ToString(value, CultureInfo.InvariantCulture)); break;
            case DateTime t: writer.WriteString(Time(t)); break;
            case O311List list:
                foreach (var item in list.Items)
                {
                    WriteXml(writer, list.ItemName, item);
                }
                break;
            case O311Object obj:
                foreach (var (field, inner) in obj)
                {
                    WriteXml(writer, field, inner);
                }
                break;
            default: throw new ArgumentException($"Open311 cannot write a {value.GetType().Name}", nameof(value));
        }
        writer.WriteEndElement();
    }

    /// <summary>
    /// XML 1.0 cannot carry control characters (U+0001 and the like) that a resident may paste into a
    /// description; the JSON answer keeps them escaped, the XML answer drops them, so one request
    /// cannot make a whole feed fail.
    /// </summary>
    private static string XmlText(string s)
    {
        var i = 0;
        while (i < s.Length && XmlConvert.IsXmlChar(s[i]))
        {
            i++;
        }
        if (i == s.Length)
        {
            return s;
        }
        var text = new StringBuilder(s.Length).Append(s, 0, i);
        for (; i < s.Length; i++)
        {
            if (XmlConvert.IsXmlChar(s[i]))
            {
                text.Append(s[i]);
            }
            else if (i + 1 < s.Length && XmlConvert.IsXmlSurrogatePair(s[i + 1], s[i]))
            {
                text.Append(s[i]).Append(s[i + 1]);
                i++;
            }
        }
        return text.ToString();
    }
}
