using Linli.Core.Common;
using Linli.Core.Common.Spreadsheets;

namespace Linli.Core.Features.Admission;

/// <summary>
/// Reads a duty list from an .xlsx or .csv file for publishing (the way bureaus keep their lists).
/// Headers, in any order: 类别, 事项名称, 依据, 责任部门, 费随事转, 人随事转, 事项类型 (the first two required).
/// Every problem is reported with its row; one bad row and nothing is published.
/// </summary>
public static class DutyListFile
{
    public static readonly string[] Headers = ["类别", "事项名称", "依据", "责任部门", "费随事转", "人随事转", "事项类型"];

    public static Result<IReadOnlyList<PublishDutyList.Entry>> Read(Stream stream, string fileName, List<Bilingual> errors)
    {
        var opened = TabularFile.Open(stream, fileName);
        if (!opened.Succeeded)
        {
            return new Failure(FailureKind.Invalid, opened.Error, "file");
        }
        using var source = opened.Source;
        var entries = new List<PublishDutyList.Entry>();
        try
        {
            Dictionary<string, int>? columns = null;
            foreach (var row in source.ReadRows())
            {
                if (columns is null)
                {
                    columns = row.Cells.Select((c, i) => (c, i)).Where(x => x.c.Length > 0).GroupBy(x => x.c).ToDictionary(g => g.Key, g => g.First().i);
                    if (Headers.Take(2).FirstOrDefault(h => !columns.ContainsKey(h)) is { } missing)
                    {
                        return Failure.Invalid("file", $"表头缺少“{missing}”列（需要：{string.Join("、", Headers)}）", $"The header lacks the column \"{missing}\" (expected: {string.Join(", ", Headers)})");
                    }
                    continue;
                }
                string Cell(string header) => columns.TryGetValue(header, out var i) ? row.CellAt(i) : "";
                var kind = Cell("类别");
                var title = Cell("事项名称");
                var taskKind = Cell("事项类型");
                if (DutyKindNames.Parse(kind) is null)
                {
                    errors.Add(new($"第{row.RowNumber}行：类别“{kind}”应为 依法履职事项、依法协助事项 或 负面清单", $"Row {row.RowNumber}: the part \"{kind}\" must be 依法履职事项, 依法协助事项 or 负面清单"));
                }
                if (title.Length is 0 or > 200)
                {
                    errors.Add(new($"第{row.RowNumber}行：请填写事项名称（不超过200字）", $"Row {row.RowNumber}: enter a title (at most 200 characters)"));
                }
                if (taskKind.Length > 0 && AdmissionKindNames.Parse(taskKind) is null)
                {
                    errors.Add(new($"第{row.RowNumber}行：事项类型“{taskKind}”无效", $"Row {row.RowNumber}: unknown kind \"{taskKind}\""));
                }
                bool? funds = YesNo(Cell("费随事转")), people = YesNo(Cell("人随事转"));
                if (funds is null || people is null)
                {
                    errors.Add(new($"第{row.RowNumber}行：费随事转、人随事转应填“是”或“否”（可空）", $"Row {row.RowNumber}: funds/people must be 是 or 否 (or empty)"));
                }
                entries.Add(new(kind, title, Cell("依据"), Cell("责任部门"), funds ?? false, people ?? false, taskKind));
            }
        }
        catch (SpreadsheetReadException ex)
        {
            return new Failure(FailureKind.Invalid, ex.UserMessage, "file");
        }
        if (entries.Count == 0 && errors.Count == 0)
        {
            return Failure.Invalid("file", "文件中没有事项", "The file has no entries");
        }
        return errors.Count > 0 ? Failure.Invalid("file", $"文件有 {errors.Count} 处错误，未发布", $"The file has {errors.Count} errors; nothing was published") : entries;
    }

    private static bool? YesNo(string text) => text.Trim() switch
    {
        "" or "否" or "N" or "n" or "no" or "0" => false,
        "是" or "Y" or "y" or "yes" or "1" or "✓" => true,
        _ => null,
    };
}
