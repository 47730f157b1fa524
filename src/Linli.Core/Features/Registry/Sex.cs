namespace Linli.Core.Features.Registry;

public enum Sex
{
    Male,
    Female,
}
