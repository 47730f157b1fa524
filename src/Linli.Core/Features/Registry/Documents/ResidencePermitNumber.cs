using Linli.Core.Common;

namespace Linli.Core.Features.Registry.Documents;

// 港澳台居民居住证: GB 11643 layout, but the region code names the home region, not a mainland one.
public static class ResidencePermitNumber
{
    private static readonly string[] HomeRegionCodes = ["810000", "820000", "830000"];

    private static readonly Bilingual Label = new("居住证号码", "Residence permit number");

    public static DocumentNumberCheck Validate(string? raw, DateOnly today)
    {
        var check = IdNumber.ValidateStructure(DocumentNumberText.Normalize(raw), today, Label);
        if (!check.IsValid || HomeRegionCodes.Contains(check.Normalized[..6]))
        {
            return check;
        }

        return DocumentNumberCheck.Invalid(check.Normalized, new Bilingual(
            "港澳台居民居住证号码应以810000（香港）、820000（澳门）或830000（台湾）开头",
            "Residence permit number must start with 810000 (Hong Kong), 820000 (Macao) or 830000 (Taiwan)"));
    }
}
