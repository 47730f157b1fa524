using System.Globalization;
using Linli.Core.Common.Spreadsheets;

namespace Linli.Core.Features.Reports.Rendering;

/// <summary>
/// The report's tables as a workbook, one sheet per table: the caption in the first row, the header in bold,
/// numbers as numbers (so they can be summed), percentages as the percentage value (25.5 for 25.5 %).
/// Prose and charts stay in the .docx and .html; a first "说明" sheet names the report.
/// </summary>
public static class XlsxReportWriter
{
    public static void Write(ReportDocument document, Stream output)
    {
        using var xlsx = new XlsxWriter(output, "说明", [60]);
        xlsx.WriteHeaderRow([document.Title]);
        xlsx.WriteRow([document.Subtitle]);
        xlsx.WriteRow(["生成时间 " + document.GeneratedAt.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)]);
        if (document.DemoData)
        {
            xlsx.WriteRow([ReportDocument.DemoNotice]);
        }
        foreach (var table in document.Tables)
        {
            xlsx.AddSheet(table.SheetName ?? table.Caption, table.Columns.Select((c, i) => i == 0 ? 24d : 14d).ToList());
            xlsx.WriteHeaderRow([table.Caption]);
            xlsx.WriteHeaderRow(table.Columns.Select(c => c.Format == NumberFormat.Percent1 ? c.Header + "(%)" : c.Header));
            foreach (var row in table.Rows)
            {
                xlsx.WriteValues(row.Select(cell => cell.Number is { } n ? (object)n : cell.Text));
            }
        }
        xlsx.Complete();
    }
}
