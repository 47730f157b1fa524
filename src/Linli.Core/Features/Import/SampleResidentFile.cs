using System.Globalization;
using System.Text;
using Linli.Core.Common.Spreadsheets;
using Linli.Core.Data;
using Linli.Core.Features.Hierarchy;
using Linli.Core.Features.Registry.Documents;
using Microsoft.EntityFrameworkCore;

namespace Linli.Core.Features.Import;

/// <summary>
/// Writes a valid import file of generated residents over the communities in the database (for
/// tests and benchmarks; `linli residents sample`). Households of one to four people; unique,
/// check-digit-correct ID numbers whose region is the community's county. Seeded, so repeatable.
/// </summary>
public sealed class SampleResidentFile(LinliDb db)
{
    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "林", "何", "郭", "马", "罗"];
    private static readonly string[] Given = ["伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀英", "华", "建国"];
    private static readonly string[] Relations = ["配偶", "子女", "子女", "父母"];

    /// <summary>Returns the number of rows written, or 0 when no community matches the prefix.</summary>
    public async Task<int> WriteAsync(string path, int rows, string codePrefix = "", int seed = 42, CancellationToken ct = default)
    {
        var communities = await db.OrgUnits.AsNoTracking().Where(o => o.Kind == OrgUnitKind.Community && o.Code.StartsWith(codePrefix))
            .OrderBy(o => o.Code).Select(o => o.Code).ToListAsync(ct);
        if (communities.Count == 0)
        {
            return 0;
        }
        var random = new Random(seed);
        var used = new HashSet<string>(StringComparer.Ordinal);
        var xlsx = path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase);
        await using var file = File.Create(path);
        using var csv = xlsx ? null : new StreamWriter(file, new UTF8Encoding(true));
        using var sheet = xlsx ? new XlsxWriter(file, "居民") : null;
        void Write(IReadOnlyList<string> cells)
        {
            if (sheet is not null)
            {
                sheet.WriteRow(cells);
            }
            else
            {
                csv!.WriteLine(string.Join(",", cells));
            }
        }
        Write([.. ImportColumns.All.Select(c => c.Header)]);
        var written = 0;
        for (var household = 0; written < rows; household++)
        {
            var community = communities[household % communities.Count];
            var size = Math.Min(1 + random.Next(4), rows - written);
            var (building, entrance, room) = (1 + random.Next(30), 1 + random.Next(4), $"{1 + random.Next(18)}{1 + random.Next(4):D2}");
            for (var member = 0; member < size; member++)
            {
                var id = NewIdNumber(community[..6], random, used);
                var tags = random.Next(20) switch { 0 => "低保", 1 => "残疾（二级）", 2 => "党员、志愿者", _ => "" };
                Write([
                    Surnames[random.Next(Surnames.Length)] + Given[random.Next(Given.Length)], "居民身份证", id,
                    $"1{3 + random.Next(7)}{random.Next(100_000_000, 999_999_999)}", community,
                    $"第{1 + building % 5}网格", $"幸福{1 + building % 3}小区", $"{building}号楼", $"{entrance}单元", room,
                    member == 0 ? "户主" : Relations[random.Next(Relations.Length)], ImportValues.ResidenceTypeName((Registry.ResidenceType)(1 + random.Next(4))), tags,
                ]);
                written++;
            }
        }
        return written;
    }

    private static string NewIdNumber(string region, Random random, HashSet<string> used)
    {
        while (true)
        {
            var birth = new DateOnly(1940, 1, 1).AddDays(random.Next(80 * 365));
            var first17 = region + birth.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + random.Next(1000).ToString("D3", CultureInfo.InvariantCulture);
            var id = first17 + Mod11Check.Compute(first17);
            if (used.Add(id))
            {
                return id;
            }
        }
    }
}
