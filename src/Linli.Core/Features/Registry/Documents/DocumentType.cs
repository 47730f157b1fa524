namespace Linli.Core.Features.Registry.Documents;

// Identity documents a resident can be registered with. Stored by name, so only append.
public enum DocumentType
{
    ResidentIdCard,                 // 居民身份证
    HkMacaoTaiwanResidencePermit,   // 港澳台居民居住证
    ForeignPermanentResidentCard,   // 外国人永久居留身份证
    Passport,                       // 护照
    Other,                          // 其他
}
