using Linli.Core.Common;

namespace Linli.Core.Features.Registry.Documents;

// Outcome of checking a document number. A warning never makes the number invalid: it flags
// something an operator should look at (e.g. a region code retired since the card was issued).
public sealed record DocumentNumberCheck(
    bool IsValid,
    string Normalized,
    DateOnly? BirthDate,
    Sex? Sex,
    Bilingual? Error,
    Bilingual? Warning)
{
    internal static DocumentNumberCheck Invalid(string normalized, Bilingual error) =>
        new(false, normalized, null, null, error, null);

    internal static DocumentNumberCheck Valid(string normalized) =>
        new(true, normalized, null, null, null, null);

    internal static readonly Bilingual Missing = new("证件号码不能为空", "Document number is required");
}
