using Linli.Core.Common.Privacy;
using Linli.Core.Data;
using Linli.Core.Features.Accounts;
using Linli.Core.Features.Hierarchy;
using Linli.Core.Features.Registry;
using Microsoft.EntityFrameworkCore;

namespace Linli.Core.Features.Bench;

/// <summary>
/// `linli bench search`: the registry's own <see cref="ResidentSearch"/> as a civil-affairs user of
/// the whole province would call it, by full ID number, by phone and by name (the first two
/// characters of a real name, matched from the start of names). Sample people are
/// spread evenly over the registry; their numbers are decrypted here, in the bench process only,
/// and never printed. The first pass warms the caches and is not counted.
/// </summary>
public sealed class SearchBench(LinliDb db, ResidentSearch search, FieldProtector protector)
{
    private const string Scenario = "search";
    private const int Samples = 100;

    public async Task<IReadOnlyList<BenchFigure>> RunAsync(string provinceCode, int repetitions, CancellationToken ct)
    {
        var province = await db.OrgUnits.AsNoTracking().SingleAsync(u => u.Code == provinceCode, ct);
        var caller = new Caller("bench", "bench", Role.CivilAffairs, province.Id, province.OrgPath);
        var total = await SubtreeTotal.OfAsync(db, province, ct);
        var dataSize = $"{total.Residents:N0} residents under {province.Name}";
        var samples = await SamplesAsync(ct);
        if (samples.Count == 0)
        {
            return [new(Scenario, "no residents to search (seed first: linli demo seed --province)", 0, "", dataSize)];
        }
        var queries = new (string What, Func<Sample, ResidentSearch.Query?> Query)[]
        {
            ("by ID number (hash)", s => new ResidentSearch.Query(DocumentNumber: protector.Decrypt(s.DocumentCipher))),
            ("by phone (hash)", s => s.PhoneCipher is null ? null : new ResidentSearch.Query(Phone: protector.Decrypt(s.PhoneCipher))),
            ("by name prefix, 2 characters", s => new ResidentSearch.Query(Name: s.Name[..Math.Min(2, s.Name.Length)])),
        };
        var figures = new List<BenchFigure>();
        foreach (var (what, make) in queries)
        {
            var prepared = samples.Select(make).OfType<ResidentSearch.Query>().ToList();
            foreach (var query in prepared.Take(10))
            {
                await FindAsync(caller, query, ct); // warm-up
            }
            var latencies = new Latencies();
            var found = 0;
            for (var i = 0; i < repetitions; i++)
            {
                var page = await latencies.TimeAsync(() => FindAsync(caller, prepared[i % prepared.Count], ct));
                found += page.Total > 0 ? 1 : 0;
            }
            if (found != repetitions)
            {
                throw new InvalidOperationException($"search {what} missed {repetitions - found} of {repetitions} known residents");
            }
            figures.AddRange(latencies.Figures(Scenario, $"resident search {what}", dataSize));
        }
        return figures;
    }

    private async Task<ResidentSearch.Page> FindAsync(Caller caller, ResidentSearch.Query query, CancellationToken ct)
    {
        var result = await search.HandleAsync(caller, query, ct);
        return result.Value ?? throw new InvalidOperationException(result.Failure!.Message.En);
    }

    private sealed record Sample(string Name, byte[] DocumentCipher, byte[]? PhoneCipher);

    /// <summary>Active residents at evenly spaced ids, so the samples cover the whole province.</summary>
    private async Task<List<Sample>> SamplesAsync(CancellationToken ct)
    {
        var ids = await db.Residents.Select(r => (long?)r.Id).MinAsync(ct) is { } min ? (min, await db.Residents.MaxAsync(r => r.Id, ct)) : (0, -1);
        if (ids.Item2 < ids.min)
        {
            return [];
        }
        var step = Math.Max(1, (ids.Item2 - ids.min) / (Samples * 2));
        var wanted = Enumerable.Range(0, Samples * 2).Select(i => ids.min + i * step).ToList();
        var rows = await db.Residents.AsNoTracking()
            .Where(r => wanted.Contains(r.Id) && r.Status == ResidentStatus.Active)
            .OrderBy(r => r.Id)
            .Select(r => new Sample(r.Name, r.DocumentCipher, r.PhoneCipher))
            .ToListAsync(ct);
        return [.. rows.Take(Samples)];
    }
}
