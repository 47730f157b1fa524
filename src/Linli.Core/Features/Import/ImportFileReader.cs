using Linli.Core.Common;
using Linli.Core.Common.Spreadsheets;
using Linli.Core.Features.Registry;

namespace Linli.Core.Features.Import;

/// <summary>
/// First pass over the file, streaming: headers, then every row checked on its own and against the
/// rows before it (the same document number twice in one file). Nothing touches the database here.
/// </summary>
public sealed class ImportFileReader(RegionDirectory regions, Func<string, byte[]> hash, DateOnly today)
{
    public sealed record Result(List<ParsedRow> Rows, int Total, Bilingual? Fatal);

    public Result Read(Stream file, string fileName, IssueLog issues, Action<double>? progress, CancellationToken ct)
    {
        if (file.CanSeek && file.Length > ImportLimits.MaxFileBytes)
        {
            return new([], 0, ImportLimits.FileTooLarge);
        }
        var opened = TabularFile.Open(file, fileName);
        if (!opened.Succeeded)
        {
            return new([], 0, opened.Error);
        }
        using var source = opened.Source;
        var rows = new List<ParsedRow>();
        var firstRowOf = new Dictionary<string, int>(StringComparer.Ordinal);
        ImportRowParser? parser = null;
        var total = 0;
        try
        {
            foreach (var row in source.ReadRows())
            {
                if (parser is null)
                {
                    var (map, headerIssues) = HeaderMap.Read(row);
                    if (map is null)
                    {
                        issues.AddRange(headerIssues);
                        return new([], 0, new("表头不正确，请使用导入模板的列名（见错误明细）", "The header row is wrong; use the template's column headers (see the error list)"));
                    }
                    parser = new ImportRowParser(map, today, regions, hash);
                    continue;
                }
                if (++total > ImportLimits.MaxDataRows)
                {
                    return new([], total, ImportLimits.TooManyRows);
                }
                var (parsed, rowIssues) = parser.Parse(row);
                issues.AddRange(rowIssues);
                if (parsed is not null)
                {
                    var key = Convert.ToHexString(parsed.DocumentHash);
                    if (firstRowOf.TryGetValue(key, out var first))
                    {
                        issues.Add(new(row.RowNumber, ImportColumns.Of(ImportColumn.DocumentNumber).Header,
                            new($"证件号码与第{first}行重复", $"The document number repeats row {first}")));
                    }
                    else
                    {
                        firstRowOf[key] = row.RowNumber;
                        rows.Add(parsed);
                    }
                }
                if (total % 2000 == 0)
                {
                    ct.ThrowIfCancellationRequested();
                    progress?.Invoke(source.EstimateProgress(row) ?? 0);
                }
            }
        }
        catch (SpreadsheetReadException e)
        {
            return new([], total, e.UserMessage);
        }
        if (parser is null)
        {
            return new([], 0, new("文件中没有内容，请使用导入模板填写", "The file has no content; fill in the import template"));
        }
        if (total == 0)
        {
            return new([], 0, new("文件只有表头，没有数据行", "The file has a header row but no data rows"));
        }
        return new(rows, total, null);
    }
}
