namespace Linli.Core.Common.Spreadsheets;

/// <summary>One data row of a filled-in template, with its cells looked up by header name.</summary>
public sealed record TemplateRow(SheetRow Sheet, IReadOnlyDictionary<string, int> Columns)
{
    public int Number => Sheet.RowNumber;

    /// <summary>The cell under <paramref name="header"/>; empty when the file has no such column.</summary>
    public string this[string header] => Columns.TryGetValue(header, out var i) ? Sheet.CellAt(i) : "";
}

/// <summary>
/// Reads a filled-in import template (the worker roster, the facilities list): a header row with the
/// template's column names in any order, then data rows; blank lines are skipped. The template
/// imports share it so that a missing column or an empty, oversized or unreadable file gets the same
/// message everywhere; each importer validates its own cells.
/// </summary>
public static class TemplateRows
{
    public sealed record Limits(int MaxDataRows, long MaxFileBytes);

    public static (IReadOnlyList<TemplateRow> Rows, Bilingual? Error) Read(Stream file, string fileName, IReadOnlyCollection<string> required, Limits limits)
    {
        if (file.CanSeek && file.Length > limits.MaxFileBytes)
        {
            var mb = limits.MaxFileBytes / 1024 / 1024;
            return ([], new($"文件超过{mb} MB，请拆分后分别导入", $"The file is larger than {mb} MB; split it and import the parts"));
        }
        var opened = TabularFile.Open(file, fileName);
        if (!opened.Succeeded)
        {
            return ([], opened.Error);
        }
        using var source = opened.Source;
        var rows = new List<TemplateRow>();
        try
        {
            Dictionary<string, int>? columns = null;
            foreach (var row in source.ReadRows())
            {
                if (columns is null)
                {
                    columns = row.Cells.Select((h, i) => (h: h.Trim(), i)).Where(x => x.h.Length > 0).GroupBy(x => x.h).ToDictionary(g => g.Key, g => g.First().i);
                    var missing = required.Where(h => !columns.ContainsKey(h)).ToList();
                    if (missing.Count > 0)
                    {
                        return ([], new($"第1行（表头）缺少列：{string.Join("、", missing)}", $"Row 1 (header) lacks the columns: {string.Join(", ", missing)}"));
                    }
                    continue;
                }
                if (row.Cells.All(c => c.Trim().Length == 0))
                {
                    continue; // a blank line between blocks of rows
                }
                if (rows.Count >= limits.MaxDataRows)
                {
                    return ([], new($"文件超过{limits.MaxDataRows:N0}行数据，请拆分后分别导入", $"The file has more than {limits.MaxDataRows:N0} data rows; split it and import the parts"));
                }
                rows.Add(new(row, columns));
            }
            if (columns is null)
            {
                return ([], new("文件中没有表头和数据", "The file has no header and no data"));
            }
        }
        catch (SpreadsheetReadException e)
        {
            return ([], e.UserMessage);
        }
        return rows.Count == 0 ? ([], new("文件中没有数据行", "The file has no data rows")) : (rows, null);
    }
}
