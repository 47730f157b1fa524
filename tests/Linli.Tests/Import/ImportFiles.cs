using System.Text;
using Linli.Core.Common.Spreadsheets;
using Linli.Core.Features.Registry.Documents;

namespace Linli.Tests.Import;

/// <summary>Import files for tests: CSV text in a chosen encoding, .xlsx rows, valid and broken ID numbers.</summary>
public static class ImportFiles
{
    public const string CommunityA = "411102001001"; // 滨西社区 (the demo community worker's)
    public const string CommunityB = "411102001002"; // 新华社区, same street
    public const string Header = "姓名,证件类型,证件号码,联系电话,社区代码,网格,小区,楼栋,单元,房号,与户主关系,居住类型,标签";

    public static MemoryStream Csv(params string[] lines) => Csv(Encoding.UTF8, lines);

    public static MemoryStream Csv(Encoding encoding, params string[] lines) => new(encoding.GetBytes(string.Join("\r\n", lines) + "\r\n"));

    public static MemoryStream Xlsx(params string[][] rows)
    {
        var stream = new MemoryStream();
        using (var writer = new XlsxWriter(stream, "居民"))
        {
            foreach (var row in rows)
            {
                writer.WriteRow(row);
            }
        }
        stream.Position = 0;
        return stream;
    }

    /// <summary>A valid mainland ID number in 源汇区 (411102) born on <paramref name="birth"/> (yyyyMMdd).</summary>
    public static string Id(string birth, int sequence, string region = "411102")
    {
        var first17 = region + birth + sequence.ToString("D3", System.Globalization.CultureInfo.InvariantCulture);
        return first17 + Mod11Check.Compute(first17);
    }

    /// <summary>The same number with a wrong check character.</summary>
    public static string WithBadCheck(string id) => id[..17] + (id[17] == '0' ? '1' : '0');

    public static string Row(string name, string id, string community = CommunityA, string phone = "13812345678", string building = "1号楼", string room = "101", string relation = "户主", string tags = "") =>
        $"{name},居民身份证,{id},{phone},{community},第一网格,幸福小区,{building},1单元,{room},{relation},户籍,{tags}";
}
