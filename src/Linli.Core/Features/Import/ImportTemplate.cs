using Linli.Core.Common.Spreadsheets;
using Linli.Core.Features.Registry;

namespace Linli.Core.Features.Import;

/// <summary>The downloadable template (居民导入模板.xlsx): headers, one example row and a sheet of instructions.</summary>
public static class ImportTemplate
{
    public const string FileName = "居民导入模板.xlsx";

    public static void Write(Stream output)
    {
        using var writer = new XlsxWriter(output, "居民", [10, 12, 22, 16, 14, 12, 14, 10, 8, 8, 10, 10, 20]);
        writer.WriteHeaderRow(ImportColumns.All.Select(c => c.Header));
        writer.WriteRow(ImportColumns.All.Select(c => c.Example));
        writer.AddSheet("填写说明", [16, 10, 90]);
        writer.WriteHeaderRow(["列名 Column", "必填 Required", "说明 Notes"]);
        foreach (var c in ImportColumns.All)
        {
            writer.WriteRow([c.Header, c.Required ? "是 yes" : "否 no", Note(c.Column) + $"（也可写作 also accepted: {string.Join(", ", c.Aliases.Prepend(c.English))}）"]);
        }
        writer.WriteRow([]);
        writer.WriteRow(["说明", "", "第1行是表头，列的顺序不限；示例行请删除后再导入。同一证件号码重复导入只更新变化的内容。"]);
        writer.WriteRow(["Notes", "", "Row 1 holds the headers, in any order; delete the example row before importing. Importing the same document number again only updates what changed."]);
        writer.WriteRow(["限制 Limits", "", $"最多 {ImportLimits.MaxDataRows:N0} 行、{ImportLimits.MaxFileBytes / 1024 / 1024} MB / at most {ImportLimits.MaxDataRows:N0} rows and {ImportLimits.MaxFileBytes / 1024 / 1024} MB"]);
    }

    private static string Note(ImportColumn column) => column switch
    {
        ImportColumn.DocumentType => "居民身份证（默认）、港澳台居民居住证、外国人永久居留身份证、护照、其他",
        ImportColumn.DocumentNumber => "18位身份证号码，校验位与出生日期须正确；同一文件内不得重复",
        ImportColumn.Phone => "手机号11位，或固定电话如 0395-1234567",
        ImportColumn.CommunityCode => "12位统计用区划代码，须在您的管辖范围内",
        ImportColumn.Grid or ImportColumn.Estate or ImportColumn.Building => "名称；不存在时在该社区下自动新建",
        ImportColumn.Entrance or ImportColumn.Room => "社区+小区+楼栋+单元+房号 相同即为同一户",
        ImportColumn.RelationToHead => "户主、本人、配偶、子女等，最多20字",
        ImportColumn.ResidenceType => "户籍（默认）、常住、流动、人户分离",
        ImportColumn.Tags => "用“、”或“,”分隔：" + string.Join("、", KeyGroups.Recorded.Select(g => g.Tag)) + "；残疾可注明等级，如 残疾（二级）",
        _ => "最多50字",
    };
}

/// <summary>The row-by-row error report as .xlsx: 行号, 列, 错误说明 (and the English text).</summary>
public static class ImportErrorReport
{
    public static void Write(Stream output, IEnumerable<(int RowNumber, string Column, string Zh, string En)> errors)
    {
        using var writer = new XlsxWriter(output, "错误明细", [10, 14, 60, 60]);
        writer.WriteHeaderRow(["行号 Row", "列 Column", "错误说明", "Error"]);
        foreach (var (row, column, zh, en) in errors)
        {
            writer.WriteRow([$"第{row}行", column, zh, en]);
        }
    }
}
