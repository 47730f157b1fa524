namespace Linli.Core.Features.Registry.Documents;

public enum PhoneKind
{
    Mobile,
    Landline,
}
