using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Linli.Core.Features.Reports;
using Linli.Core.Features.Reports.Rendering;

namespace Linli.Tests.Reports;

/// <summary>The three renderers on one small document: what each file must contain to be usable.</summary>
public class ReportRenderingTests
{
    private static readonly ReportDocument Sample = new("基本情况报告", "漯河市 · 2025年", new DateTimeOffset(2026, 1, 5, 2, 0, 0, TimeSpan.Zero), DemoData: true,
    [
        new ReportSection("一、社区规模",
        [
            new ReportParagraph([new ReportRun("目前，全市共有城市社区"), new ReportRun("77", "/reports/evidence?figure=communities"), new ReportRun("个；10000人以下的社区48个。")]),
            new ReportTable("表1 社区人口规模分布", [new ReportColumn("人口规模"), new ReportColumn("社区数", NumberFormat.Count), new ReportColumn("占比", NumberFormat.Percent1)],
            [
                ["10000人以下", ReportCell.Linked(48, "/reports/evidence?figure=band0"), 62.3m],
                ["10000—20000人", 16, 20.8m],
                ["20000人以上 <危>", 13, 16.9m],
            ], SheetName: "人口规模"),
            new ReportChart("社区人口规模分布", "个", [new ChartBar("10000人以下", 48, "/reports/evidence?figure=band0"), new ChartBar("10000—20000人", 16)]),
        ]),
        new ReportSection("二、服务设施",
        [
            new ReportParagraph("社区服务设施用房总面积48510平方米，每个社区平均630.0平方米。"),
            new ReportTable("表2 用房产权", ["产权方式", new ReportColumn("社区数", NumberFormat.Count), new ReportColumn("平均面积", NumberFormat.Decimal1)],
                [["自建", 40, 700.25m], ["租用", 37, 555m]]),
        ]),
    ]);

    private static byte[] Render(ReportFormat format)
    {
        var output = new MemoryStream();
        ReportRenderer.Write(Sample, format, output);
        return output.ToArray();
    }

    [Fact]
    public async Task Docx_OpensInLibreOffice_WithHeadingsTablesAndPageNumbers()
    {
        var text = OfficeText.Squeeze(await OfficeText.DocxToPdfTextAsync(Render(ReportFormat.Docx)));

        Assert.Contains("基本情况报告", text, StringComparison.Ordinal);
        Assert.Contains("演示数据", text, StringComparison.Ordinal);
        Assert.Contains("一、社区规模", text, StringComparison.Ordinal);
        Assert.Contains("目前，全市共有城市社区77个；10000人以下的社区48个。", text, StringComparison.Ordinal);
        Assert.Contains("表1社区人口规模分布", text, StringComparison.Ordinal);
        Assert.Contains("10000人以下4862.3%", text, StringComparison.Ordinal); // one table row: label, count, share
        Assert.Contains("20000人以上<危>1316.9%", text, StringComparison.Ordinal);
        Assert.Contains("自建40700.3", text, StringComparison.Ordinal);
        Assert.Contains("第1页共2页", text, StringComparison.Ordinal); // footer fields rendered, not left as codes
        Assert.Contains("第2页共2页", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Docx_UsesHeadingStyleAndRepeatsTableHeaders()
    {
        using var word = WordprocessingDocument.Open(new MemoryStream(Render(ReportFormat.Docx)), false);
        var body = word.MainDocumentPart!.Document.Body!;
        var headings = body.Descendants<DocumentFormat.OpenXml.Wordprocessing.ParagraphStyleId>().Where(s => s.Val == "Heading1").ToList();
        Assert.Equal(2, headings.Count);
        Assert.Equal(3, body.Descendants<DocumentFormat.OpenXml.Wordprocessing.TableHeader>().Count()); // two tables and the chart's bar table
        Assert.Single(word.MainDocumentPart.FooterParts);
    }

    [Fact]
    public void Xlsx_HasOneSheetPerTableWithNumbersAsNumbers()
    {
        using var book = SpreadsheetDocument.Open(new MemoryStream(Render(ReportFormat.Xlsx)), false);
        var part = book.WorkbookPart!;
        var sheets = part.Workbook.Sheets!.Elements<Sheet>().ToList();
        Assert.Equal(["说明", "人口规模", "表2 用房产权"], sheets.Select(s => s.Name!.Value));

        var rows = ((WorksheetPart)part.GetPartById(sheets[1].Id!)).Worksheet.Descendants<Row>().ToList();
        Assert.Equal("表1 社区人口规模分布", CellText(rows[0], 0));
        Assert.Equal(["人口规模", "社区数", "占比(%)"], rows[1].Elements<Cell>().Select(c => CellText(c)));
        var first = rows[2].Elements<Cell>().ToList();
        Assert.Equal("10000人以下", CellText(first[0]));
        Assert.Equal(CellValues.Number, first[1].DataType!.Value);
        Assert.Equal(("48", "62.3"), (first[1].CellValue!.Text, first[2].CellValue!.Text));
        Assert.Equal(5, rows.Count);

        var notes = ((WorksheetPart)part.GetPartById(sheets[0].Id!)).Worksheet.Descendants<Row>().Select(r => CellText(r, 0)).ToList();
        Assert.Contains(ReportDocument.DemoNotice, notes);
    }

    [Fact]
    public void Html_IsStandaloneWithInlineSvgAndEscapedText()
    {
        var html = Encoding.UTF8.GetString(Render(ReportFormat.Html));

        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("<svg class=\"chart\"", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"num\">62.3%</td>", html, StringComparison.Ordinal);
        Assert.Contains("20000人以上 &lt;危&gt;", html, StringComparison.Ordinal);
        Assert.Contains(ReportDocument.DemoNotice, html, StringComparison.Ordinal);
        Assert.DoesNotContain("<a href", html, StringComparison.Ordinal); // site links break in a downloaded file
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
    }

    [Fact]
    public void HtmlBody_ForTheWebPage_LinksEveryLinkedFigure()
    {
        var body = HtmlReportWriter.Body(Sample, links: true);

        Assert.Contains("<a href=\"/reports/evidence?figure=communities\">77</a>", body, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/reports/evidence?figure=band0\">48</a>", body, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/reports/evidence?figure=band0\"><text", body, StringComparison.Ordinal); // the chart bar
    }

    [Theory]
    [InlineData("docx", ReportFormat.Docx)]
    [InlineData(".XLSX", ReportFormat.Xlsx)]
    [InlineData("htm", ReportFormat.Html)]
    [InlineData("pdf", null)]
    [InlineData("", null)]
    public void Formats_ParseByNameOrExtension(string value, ReportFormat? expected) => Assert.Equal(expected, ReportFormats.Parse(value));

    private static string CellText(Row row, int index) => CellText(row.Elements<Cell>().ElementAt(index));

    private static string CellText(Cell cell) => cell.InlineString?.InnerText ?? cell.CellValue?.Text ?? "";
}
