using Linli.Core.Features.Registry.Documents;

namespace Linli.Tests.Standards;

/// <summary>Valid GB 11643 ID numbers for fixtures: region 411102, the birth date, a sequence whose parity gives the sex.</summary>
public static class TestIds
{
    public static string Make(DateOnly birth, bool male, int serial = 1)
    {
        var sequence = serial * 2 % 1000 + (male ? 1 : 0);
        var body = $"411102{birth:yyyyMMdd}{sequence:000}";
        return body + Mod11Check.Compute(body);
    }
}
