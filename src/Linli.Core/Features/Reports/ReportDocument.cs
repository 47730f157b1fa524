namespace Linli.Core.Features.Reports;

/// <summary>
/// A report as a document, independent of its file format: title, subtitle, sections of prose,
/// tables and bar charts. <see cref="ReportRenderer"/> writes it as .docx, .xlsx or .html.
/// Texts are Chinese: reports go to bureaus and survey teams, who file them as they are.
/// </summary>
/// <param name="Subtitle">The unit and period, e.g. "漯河市 · 2025年".</param>
/// <param name="DemoData">The unit's data is the generated demo city: every format says so on its first page.</param>
public sealed record ReportDocument(string Title, string Subtitle, DateTimeOffset GeneratedAt, bool DemoData, IReadOnlyList<ReportSection> Sections)
{
    public const string DemoNotice = "演示数据：本报告依据系统生成的演示数据编制，不反映真实情况。";

    /// <summary>Every table in document order (the .xlsx writes one sheet for each).</summary>
    public IEnumerable<ReportTable> Tables => Sections.SelectMany(s => s.Blocks.OfType<ReportTable>());
}

public sealed record ReportSection(string Heading, IReadOnlyList<ReportBlock> Blocks);

/// <summary>A paragraph, a table or a chart.</summary>
public abstract record ReportBlock;

/// <summary>A paragraph of prose. Runs with a link are figures the web page makes clickable (the records they count).</summary>
public sealed record ReportParagraph(IReadOnlyList<ReportRun> Runs) : ReportBlock
{
    public ReportParagraph(string text) : this([new ReportRun(text)])
    {
    }

    public string Text => string.Concat(Runs.Select(r => r.Text));
}

public sealed record ReportRun(string Text, string? Link = null);

/// <summary>How a column's numbers are written; the .xlsx keeps them as numbers.</summary>
public enum NumberFormat
{
    Text,
    Count,    // 48510 (whole numbers)
    Decimal1, // 630.5
    Percent1, // 25.5 % (the value is the percentage, 25.5)
}

public sealed record ReportColumn(string Header, NumberFormat Format = NumberFormat.Text)
{
    public static implicit operator ReportColumn(string header) => new(header);
}

/// <summary>A cell: text, or a number written by its column's format; a link makes it clickable on the web page.</summary>
public sealed record ReportCell(string? Text, decimal? Number = null, string? Link = null)
{
    public static implicit operator ReportCell(string? text) => new(text);
    public static implicit operator ReportCell(decimal number) => new(null, number);
    public static implicit operator ReportCell(int number) => new(null, number);

    public static ReportCell Linked(decimal? number, string? link) => new(null, number, link);
}

/// <param name="SheetName">Short name for the .xlsx sheet (Excel allows 31 characters); the caption when not given.</param>
public sealed record ReportTable(string Caption, IReadOnlyList<ReportColumn> Columns, IReadOnlyList<IReadOnlyList<ReportCell>> Rows, string? SheetName = null) : ReportBlock;

/// <summary>A bar chart: one bar per label. HTML draws it as inline SVG; .docx as a bar table.</summary>
public sealed record ReportChart(string Caption, string ValueLabel, IReadOnlyList<ChartBar> Bars) : ReportBlock;

public sealed record ChartBar(string Label, decimal Value, string? Link = null);
