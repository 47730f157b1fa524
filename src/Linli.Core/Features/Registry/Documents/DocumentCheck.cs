using Linli.Core.Common;

namespace Linli.Core.Features.Registry.Documents;

// Single entry point for forms and imports: validate a number according to its document type.
public static class DocumentCheck
{
    private const int PassportMinLength = 5;
    private const int PassportMaxLength = 20;
    private const int OtherMaxLength = 40;

    private static readonly Bilingual PassportFormatError = new(
        "护照号码应为5到20位字母或数字",
        "Passport number must be 5 to 20 letters or digits");

    private static readonly Bilingual OtherFormatError = new(
        "证件号码应为1到40个字符，且不含空格",
        "Document number must be 1 to 40 characters without spaces");

    public static DocumentNumberCheck Validate(
        DocumentType type,
        string? number,
        DateOnly today,
        Func<string, bool>? isKnownRegion = null) => type switch
        {
            DocumentType.ResidentIdCard => IdNumber.Validate(number, today, isKnownRegion),
            DocumentType.HkMacaoTaiwanResidencePermit => ResidencePermitNumber.Validate(number, today),
            DocumentType.ForeignPermanentResidentCard => ForeignResidentCardNumber.Validate(number),
            DocumentType.Passport => ValidatePassport(number),
            DocumentType.Other => ValidateOther(number),
            _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
        };

    private static DocumentNumberCheck ValidatePassport(string? number)
    {
        var normalized = DocumentNumberText.Normalize(number);
        if (normalized.Length == 0)
        {
            return DocumentNumberCheck.Invalid(normalized, DocumentNumberCheck.Missing);
        }

        var wellFormed = normalized.Length is >= PassportMinLength and <= PassportMaxLength
            && normalized.All(char.IsAsciiLetterOrDigit);
        return wellFormed
            ? DocumentNumberCheck.Valid(normalized)
            : DocumentNumberCheck.Invalid(normalized, PassportFormatError);
    }

    // Unknown document kinds: only guard against blanks and pasted sentences.
    private static DocumentNumberCheck ValidateOther(string? number)
    {
        var normalized = DocumentNumberText.Normalize(number);
        if (normalized.Length == 0)
        {
            return DocumentNumberCheck.Invalid(normalized, DocumentNumberCheck.Missing);
        }

        var wellFormed = normalized.Length <= OtherMaxLength && !normalized.Any(char.IsWhiteSpace);
        return wellFormed
            ? DocumentNumberCheck.Valid(normalized)
            : DocumentNumberCheck.Invalid(normalized, OtherFormatError);
    }
}
