using Linli.Core.Common;

namespace Linli.Core.Features.Registry.Documents;

public sealed record PhoneNumberCheck(bool IsValid, string Normalized, PhoneKind? Kind, Bilingual? Error);
