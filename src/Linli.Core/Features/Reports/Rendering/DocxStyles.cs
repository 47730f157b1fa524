using DocumentFormat.OpenXml.Wordprocessing;

namespace Linli.Core.Features.Reports.Rendering;

/// <summary>
/// The .docx styles: body in 宋体 (SimSun) 12 pt, headings in 黑体 (SimHei) as Word's built-in "heading 1/2"
/// so the navigation pane and a table of contents find them. Latin text uses Times New Roman. Where these
/// fonts are missing (Linux, LibreOffice) the viewer substitutes its CJK font, e.g. Noto CJK.
/// </summary>
internal static class DocxStyles
{
    public const string Title = "Title", Subtitle = "Subtitle", Heading1 = "Heading1", Caption = "Caption", Notice = "Notice";
    public const string Body = "SimSun", Heading = "SimHei";

    public static Styles Create() => new(
        new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = "Times New Roman", HighAnsi = "Times New Roman", EastAsia = Body, ComplexScript = "Times New Roman" },
                new FontSize { Val = "24" }, new FontSizeComplexScript { Val = "24" }, new Languages { Val = "en-US", EastAsia = "zh-CN" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "120", Line = "360", LineRule = LineSpacingRuleValues.Auto }))),
        new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
        Paragraph(Title, "Title", 44, outline: null, center: true),
        Paragraph(Subtitle, "Subtitle", 24, outline: null, center: true, bold: false),
        Paragraph(Heading1, "heading 1", 32, outline: 0, center: false),
        Paragraph(Caption, "caption", 22, outline: null, center: false),
        Paragraph(Notice, "Demo notice", 22, outline: null, center: true));

    private static Style Paragraph(string id, string name, int halfPoints, int? outline, bool center, bool bold = true)
    {
        var paragraph = new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "240", After = "120" });
        if (center)
        {
            paragraph.Append(new Justification { Val = JustificationValues.Center });
        }
        if (outline is { } level)
        {
            paragraph.Append(new OutlineLevel { Val = level });
        }
        var run = new StyleRunProperties(
            new RunFonts { Ascii = "Times New Roman", HighAnsi = "Times New Roman", EastAsia = Heading },
            new FontSize { Val = halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        if (bold)
        {
            run.Append(new Bold());
        }
        return new Style(new StyleName { Val = name }, new BasedOn { Val = "Normal" }, new NextParagraphStyle { Val = "Normal" },
            new PrimaryStyle(), paragraph, run) { Type = StyleValues.Paragraph, StyleId = id };
    }
}
