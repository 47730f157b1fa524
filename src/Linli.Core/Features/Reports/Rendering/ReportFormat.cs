namespace Linli.Core.Features.Reports.Rendering;

public enum ReportFormat
{
    Docx,
    Xlsx,
    Html,
}

public static class ReportFormats
{
    /// <summary>The format named by a file extension or a format argument ("docx", ".docx", "DOCX"); null if it is none of them.</summary>
    public static ReportFormat? Parse(string? nameOrExtension) => nameOrExtension?.Trim().TrimStart('.').ToLowerInvariant() switch
    {
        "docx" => ReportFormat.Docx,
        "xlsx" => ReportFormat.Xlsx,
        "html" or "htm" => ReportFormat.Html,
        _ => null,
    };

    public static string Extension(this ReportFormat format) => format switch
    {
        ReportFormat.Docx => ".docx",
        ReportFormat.Xlsx => ".xlsx",
        _ => ".html",
    };

    public static string ContentType(this ReportFormat format) => format switch
    {
        ReportFormat.Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ReportFormat.Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        _ => "text/html; charset=utf-8",
    };
}

/// <summary>Writes a <see cref="ReportDocument"/> in the format asked for. The stream need not be seekable.</summary>
public static class ReportRenderer
{
    public static void Write(ReportDocument document, ReportFormat format, Stream output)
    {
        switch (format)
        {
            case ReportFormat.Docx:
                DocxReportWriter.Write(document, output);
                break;
            case ReportFormat.Xlsx:
                XlsxReportWriter.Write(document, output);
                break;
            default:
                HtmlReportWriter.Write(document, output);
                break;
        }
    }
}
