using System.Globalization;
using System.Text;
using static System.Net.WebUtility;

namespace Linli.Core.Features.Reports.Rendering;

/// <summary>
/// The report as HTML. <see cref="Write"/> gives a standalone, printable file (styles inline, charts as
/// inline SVG, no links because site links break in a downloaded file); <see cref="Body"/> gives the
/// fragment the web page embeds, with every linked figure clickable.
/// </summary>
public static class HtmlReportWriter
{
    private const string Styles = """
        body{font-family:"Noto Serif CJK SC","SimSun","Songti SC",serif;max-width:900px;margin:2em auto;padding:0 1em;line-height:1.7;color:#222}
        h1{text-align:center;font-family:"Noto Sans CJK SC","SimHei",sans-serif}
        h2{font-family:"Noto Sans CJK SC","SimHei",sans-serif;border-bottom:1px solid #ccc}
        .report-subtitle{text-align:center;color:#555}
        .report-demo{border:1px solid #c60;background:#fff4e5;padding:.4em .8em}
        p{text-indent:2em}
        table{border-collapse:collapse;margin:.6em 0 1.2em;width:100%}
        caption{font-weight:bold;text-align:left;padding:.3em 0}
        th,td{border:1px solid #999;padding:.2em .5em}
        th{background:#eef2f7}
        td.num{text-align:right;font-variant-numeric:tabular-nums}
        figure{margin:.6em 0 1.2em}
        figcaption{font-weight:bold}
        @media print{body{margin:0;max-width:none}a{color:inherit;text-decoration:none}table,figure{page-break-inside:avoid}}
        """;

    public static void Write(ReportDocument document, Stream output)
    {
        var html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append(CultureInfo.InvariantCulture, $"<title>{HtmlEncode(document.Title)} — {HtmlEncode(document.Subtitle)}</title>\n");
        html.Append("<style>").Append(Styles).Append("</style>\n</head>\n<body>\n");
        html.Append(Body(document, links: false));
        html.Append("</body>\n</html>\n");
        var bytes = new UTF8Encoding(false).GetBytes(html.ToString());
        output.Write(bytes);
    }

    public static string Body(ReportDocument document, bool links)
    {
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<h1>{HtmlEncode(document.Title)}</h1>\n");
        html.Append(CultureInfo.InvariantCulture,
            $"<p class=\"report-subtitle\">{HtmlEncode(document.Subtitle)}　生成时间 {document.GeneratedAt.ToOffset(TimeSpan.FromHours(8)):yyyy-MM-dd HH:mm}</p>\n");
        if (document.DemoData)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"report-demo\">{HtmlEncode(ReportDocument.DemoNotice)}</p>\n");
        }
        foreach (var section in document.Sections)
        {
            html.Append(CultureInfo.InvariantCulture, $"<section>\n<h2>{HtmlEncode(section.Heading)}</h2>\n");
            foreach (var block in section.Blocks)
            {
                switch (block)
                {
                    case ReportParagraph p:
                        html.Append("<p>");
                        foreach (var run in p.Runs)
                        {
                            html.Append(Linked(HtmlEncode(run.Text), links ? run.Link : null));
                        }
                        html.Append("</p>\n");
                        break;
                    case ReportTable t:
                        Table(html, t, links);
                        break;
                    case ReportChart c:
                        html.Append(CultureInfo.InvariantCulture, $"<figure>\n<figcaption>{HtmlEncode(c.Caption)}（{HtmlEncode(c.ValueLabel)}）</figcaption>\n");
                        html.Append(SvgBarChart.Render(c, links)).Append("\n</figure>\n");
                        break;
                }
            }
            html.Append("</section>\n");
        }
        return html.ToString();
    }

    private static void Table(StringBuilder html, ReportTable table, bool links)
    {
        html.Append(CultureInfo.InvariantCulture, $"<table>\n<caption>{HtmlEncode(table.Caption)}</caption>\n<thead><tr>");
        foreach (var column in table.Columns)
        {
            html.Append(CultureInfo.InvariantCulture, $"<th scope=\"col\">{HtmlEncode(column.Header)}</th>");
        }
        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in table.Rows)
        {
            html.Append("<tr>");
            for (var i = 0; i < row.Count; i++)
            {
                var format = i < table.Columns.Count ? table.Columns[i].Format : NumberFormat.Text;
                var cell = row[i];
                var text = Linked(HtmlEncode(ReportNumbers.Text(cell, format)), links ? cell.Link : null);
                html.Append(cell.Number is null ? $"<td>{text}</td>" : $"<td class=\"num\">{text}</td>");
            }
            html.Append("</tr>\n");
        }
        html.Append("</tbody>\n</table>\n");
    }

    private static string Linked(string encoded, string? link) =>
        link is null ? encoded : $"<a href=\"{HtmlEncode(link)}\">{encoded}</a>";
}
