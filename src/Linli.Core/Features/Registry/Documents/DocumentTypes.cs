namespace Linli.Core.Features.Registry.Documents;

// Maps the Chinese names used in import spreadsheets to DocumentType and back.
public static class DocumentTypes
{
    // Aliases are what residents' committees actually type into the 证件类型 column.
    private static readonly Dictionary<string, DocumentType> ByChineseName = new(StringComparer.Ordinal)
    {
        ["居民身份证"] = DocumentType.ResidentIdCard,
        ["身份证"] = DocumentType.ResidentIdCard,
        ["二代身份证"] = DocumentType.ResidentIdCard,
        ["港澳台居民居住证"] = DocumentType.HkMacaoTaiwanResidencePermit,
        ["外国人永久居留身份证"] = DocumentType.ForeignPermanentResidentCard,
        ["永久居留证"] = DocumentType.ForeignPermanentResidentCard,
        ["护照"] = DocumentType.Passport,
        ["其他"] = DocumentType.Other,
    };

    public static bool TryParse(string? chineseName, out DocumentType type)
    {
        type = default;
        if (string.IsNullOrWhiteSpace(chineseName))
        {
            return false;
        }

        return ByChineseName.TryGetValue(chineseName.Trim(), out type);
    }

    public static string ChineseName(DocumentType type) => type switch
    {
        DocumentType.ResidentIdCard => "居民身份证",
        DocumentType.HkMacaoTaiwanResidencePermit => "港澳台居民居住证",
        DocumentType.ForeignPermanentResidentCard => "外国人永久居留身份证",
        DocumentType.Passport => "护照",
        DocumentType.Other => "其他",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    public static string EnglishName(DocumentType type) => type switch
    {
        DocumentType.ResidentIdCard => "Resident identity card",
        DocumentType.HkMacaoTaiwanResidencePermit => "Residence permit for Hong Kong, Macao and Taiwan residents",
        DocumentType.ForeignPermanentResidentCard => "Foreign permanent resident ID card",
        DocumentType.Passport => "Passport",
        DocumentType.Other => "Other",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };
}
