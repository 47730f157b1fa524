using System.Globalization;
using Linli.Core.Features.Registry;
using Linli.Core.Features.Registry.Documents;

namespace Linli.Core.Features.Demo.Population;

/// <summary>
/// Makes GB 11643 ID numbers: the committee's county code, the birth date, a sequence whose parity
/// gives the sex, and the MOD 11-2 check character. Numbers are unique per county: committees are
/// generated in code order, so a county's committees come together and only one county's numbers
/// are remembered at a time (a province of millions needs no global set).
/// </summary>
public sealed class DemoIdNumbers
{
    private readonly HashSet<long> _usedInCounty = [];
    private string _county = "";

    public string Next(DemoRandom random, string countyCode, DateOnly birthDate, Sex sex)
    {
        if (countyCode != _county)
        {
            _county = countyCode;
            _usedInCounty.Clear();
        }
        var prefix = countyCode + birthDate.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        var baseValue = long.Parse(prefix, CultureInfo.InvariantCulture) * 1000;
        // 500 numbers per sex and birth date exist; a county of demo data uses a few of them.
        while (true)
        {
            var sequence = random.Next(500) * 2 + (sex == Sex.Male ? 1 : 0);
            if (_usedInCounty.Add(baseValue + sequence))
            {
                var body = prefix + sequence.ToString("D3", CultureInfo.InvariantCulture);
                return body + Mod11Check.Compute(body);
            }
        }
    }
}
