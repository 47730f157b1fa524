using Linli.Core.Common;
using Linli.Core.Common.Spreadsheets;

namespace Linli.Core.Features.Import;

/// <summary>The columns of the resident template (居民导入模板), in template order.</summary>
public enum ImportColumn
{
    Name, DocumentType, DocumentNumber, Phone, CommunityCode, Grid, Estate, Building, Entrance, Room, RelationToHead, ResidenceType, Tags,
}

/// <summary>Header names and aliases. Headers may come in any order; matching ignores spaces and case.</summary>
public static class ImportColumns
{
    public sealed record Definition(ImportColumn Column, string Header, string English, bool Required, string Example, string[] Aliases);

    public static readonly IReadOnlyList<Definition> All =
    [
        new(ImportColumn.Name, "姓名", "Name", true, "张三", ["name", "fullname"]),
        new(ImportColumn.DocumentType, "证件类型", "Document type", false, "居民身份证", ["documenttype", "idtype"]),
        new(ImportColumn.DocumentNumber, "证件号码", "Document number", true, "110101199003071234", ["身份证号", "身份证号码", "documentnumber", "idnumber"]),
        new(ImportColumn.Phone, "联系电话", "Phone", false, "13812345678", ["电话", "手机号", "phone", "mobile"]),
        new(ImportColumn.CommunityCode, "社区代码", "Community code", true, "411102001001", ["communitycode", "community"]),
        new(ImportColumn.Grid, "网格", "Grid", false, "第一网格", ["grid"]),
        new(ImportColumn.Estate, "小区", "Estate", false, "幸福小区", ["estate"]),
        new(ImportColumn.Building, "楼栋", "Building", false, "1号楼", ["building"]),
        new(ImportColumn.Entrance, "单元", "Entrance", false, "2单元", ["entrance", "unit"]),
        new(ImportColumn.Room, "房号", "Room", false, "301", ["room"]),
        new(ImportColumn.RelationToHead, "与户主关系", "Relation to head", false, "户主", ["relationtohead", "relation"]),
        new(ImportColumn.ResidenceType, "居住类型", "Residence type", false, "户籍", ["residencetype"]),
        new(ImportColumn.Tags, "标签", "Tags", false, "低保、残疾（二级）", ["人群标签", "tags"]),
    ];

    public static Definition Of(ImportColumn column) => All[(int)column];

    public static Definition? Find(string header)
    {
        var key = Key(header);
        return All.FirstOrDefault(d => Key(d.Header) == key || Key(d.English) == key || d.Aliases.Any(a => Key(a) == key));
    }

    private static string Key(string text) =>
        new([.. text.Where(c => !char.IsWhiteSpace(c) && c is not ('*' or '_' or '-')).Select(char.ToLowerInvariant)]);
}

/// <summary>Which file column holds which template column, read from the header row.</summary>
public sealed class HeaderMap
{
    private readonly int[] _index;

    private HeaderMap(int[] index) => _index = index;

    public string Cell(SheetRow row, ImportColumn column) => _index[(int)column] < 0 ? "" : row.CellAt(_index[(int)column]);

    public bool Has(ImportColumn column) => _index[(int)column] >= 0;

    /// <summary>Reads the header row; unknown, repeated or missing required headers are errors in row 1.</summary>
    public static (HeaderMap? Map, List<ImportIssue> Issues) Read(SheetRow header)
    {
        var index = Enumerable.Repeat(-1, ImportColumns.All.Count).ToArray();
        var issues = new List<ImportIssue>();
        for (var i = 0; i < header.Cells.Count; i++)
        {
            var text = header.Cells[i];
            if (text.Length == 0)
            {
                continue;
            }
            var column = CellReference.ColumnName(i);
            if (ImportColumns.Find(text) is not { } definition)
            {
                issues.Add(new(header.RowNumber, column, new($"无法识别的列名“{text}”，请使用模板中的列名", $"Unknown column header \"{text}\"; use the template's headers")));
            }
            else if (index[(int)definition.Column] >= 0)
            {
                issues.Add(new(header.RowNumber, column, new($"列“{definition.Header}”重复出现", $"Column \"{definition.English}\" appears twice")));
            }
            else
            {
                index[(int)definition.Column] = i;
            }
        }
        foreach (var missing in ImportColumns.All.Where(d => d.Required && index[(int)d.Column] < 0))
        {
            issues.Add(new(header.RowNumber, missing.Header, new($"缺少必填列“{missing.Header}”", $"Required column \"{missing.English}\" ({missing.Header}) is missing")));
        }
        return (issues.Count == 0 ? new HeaderMap(index) : null, issues);
    }
}

/// <summary>A problem found in the file: row as the spreadsheet shows it (header = 1), column, message.</summary>
public sealed record ImportIssue(int RowNumber, string Column, Bilingual Message);
