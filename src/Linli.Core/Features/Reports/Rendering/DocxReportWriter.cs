using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Linli.Core.Features.Reports.Rendering;

/// <summary>
/// The report as a Word document (A4): title and subtitle, headings, first-line-indented prose, tables with a
/// repeated bold header row, charts as bar tables, page numbers ("第 N 页 共 M 页") in the footer.
/// </summary>
public static class DocxReportWriter
{
    public static void Write(ReportDocument document, Stream output)
    {
        // The packaging API needs a seekable stream; an HTTP response is not one.
        using var buffer = new MemoryStream();
        using (var word = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = DocxStyles.Create();
            var footer = main.AddNewPart<FooterPart>();
            footer.Footer = PageNumberFooter();
            var body = new Body();
            body.Append(Styled(DocxStyles.Title, document.Title));
            body.Append(Styled(DocxStyles.Subtitle, $"{document.Subtitle}　生成时间 {document.GeneratedAt.ToOffset(TimeSpan.FromHours(8)):yyyy-MM-dd HH:mm}"));
            if (document.DemoData)
            {
                body.Append(Styled(DocxStyles.Notice, ReportDocument.DemoNotice));
            }
            foreach (var section in document.Sections)
            {
                body.Append(Styled(DocxStyles.Heading1, section.Heading));
                foreach (var block in section.Blocks)
                {
                    foreach (var element in Block(block))
                    {
                        body.Append(element);
                    }
                }
            }
            body.Append(new SectionProperties(
                new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(footer) },
                new PageSize { Width = 11906U, Height = 16838U },
                new PageMargin { Top = 1440, Bottom = 1440, Left = 1588U, Right = 1474U, Header = 851U, Footer = 851U, Gutter = 0U }));
            main.Document = new Document(body);
        }
        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    private static IEnumerable<OpenXmlElement> Block(ReportBlock block) => block switch
    {
        ReportParagraph p => [new Paragraph(new ParagraphProperties(new Indentation { FirstLineChars = 200 }), TextRun(p.Text))],
        ReportTable t => [Styled(DocxStyles.Caption, t.Caption), Table(t.Columns, t.Rows), new Paragraph()],
        ReportChart c => [Styled(DocxStyles.Caption, $"{c.Caption}（{c.ValueLabel}）"), ChartTable(c), new Paragraph()],
        _ => [],
    };

    private static Table ChartTable(ReportChart chart)
    {
        var max = chart.Bars.Count == 0 ? 0 : chart.Bars.Max(b => b.Value);
        var rows = chart.Bars.Select(b => (IReadOnlyList<ReportCell>)
            [b.Label, b.Value, new string('█', max <= 0 ? 0 : (int)Math.Round(b.Value / max * 30))]).ToList();
        var format = chart.Bars.All(b => b.Value == decimal.Truncate(b.Value)) ? NumberFormat.Count : NumberFormat.Decimal1;
        return Table([new ReportColumn(""), new ReportColumn(chart.ValueLabel, format), new ReportColumn("")], rows);
    }

    private static Table Table(IReadOnlyList<ReportColumn> columns, IReadOnlyList<IReadOnlyList<ReportCell>> rows)
    {
        var border = (BorderValues.Single, 4U);
        var table = new Table(new TableProperties(
            new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
            new TableBorders(
                new TopBorder { Val = border.Item1, Size = border.Item2 }, new BottomBorder { Val = border.Item1, Size = border.Item2 },
                new LeftBorder { Val = border.Item1, Size = border.Item2 }, new RightBorder { Val = border.Item1, Size = border.Item2 },
                new InsideHorizontalBorder { Val = border.Item1, Size = border.Item2 }, new InsideVerticalBorder { Val = border.Item1, Size = border.Item2 })));
        var header = new TableRow(new TableRowProperties(new TableHeader()));
        foreach (var column in columns)
        {
            header.Append(Cell(column.Header, bold: true, right: false, shade: true));
        }
        table.Append(header);
        foreach (var row in rows)
        {
            var tr = new TableRow(new TableRowProperties(new CantSplit()));
            for (var i = 0; i < columns.Count; i++)
            {
                var cell = i < row.Count ? row[i] : new ReportCell("");
                tr.Append(Cell(ReportNumbers.Text(cell, columns[i].Format), bold: false, right: cell.Number is not null, shade: false));
            }
            table.Append(tr);
        }
        return table;
    }

    private static TableCell Cell(string text, bool bold, bool right, bool shade)
    {
        var properties = new TableCellProperties();
        if (shade)
        {
            properties.Append(new Shading { Val = ShadingPatternValues.Clear, Fill = "E8EEF5", Color = "auto" });
        }
        var paragraph = new Paragraph(new ParagraphProperties(
            new SpacingBetweenLines { After = "0", Line = "276", LineRule = LineSpacingRuleValues.Auto },
            new Justification { Val = right ? JustificationValues.Right : JustificationValues.Left }));
        var run = TextRun(text);
        if (bold)
        {
            run.PrependChild(new RunProperties(new Bold()));
        }
        paragraph.Append(run);
        return new TableCell(properties, paragraph);
    }

    private static Paragraph Styled(string styleId, string text) =>
        new(new ParagraphProperties(new ParagraphStyleId { Val = styleId }), TextRun(text));

    private static Run TextRun(string text) => new(new Text(text) { Space = SpaceProcessingModeValues.Preserve });

    private static Footer PageNumberFooter()
    {
        static Run Plain(string text) => TextRun(text);
        return new Footer(new Paragraph(
            new ParagraphProperties(new Justification { Val = JustificationValues.Center }),
            Plain("第 "), new SimpleField(Plain("1")) { Instruction = " PAGE " }, Plain(" 页　共 "),
            new SimpleField(Plain("1")) { Instruction = " NUMPAGES " }, Plain(" 页")));
    }
}
