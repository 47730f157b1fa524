using Linli.Core.Data;
using Linli.Core.Features.Accounts;
using Linli.Core.Features.Demo;
using Linli.Core.Features.Hierarchy;
using Linli.Core.Features.Reports.Rendering;
using Linli.Core.Features.Reports.Survey;
using Microsoft.EntityFrameworkCore;

namespace Linli.Core.Features.Bench;

/// <summary>
/// `linli bench report`: the survey report of the demo city (漯河市, the `linli report --unit 4111`
/// path: every figure, then the .docx written to memory), p50/p95 over the repetitions. An empty
/// bench database gets the demo city first (the same seed `linli serve --demo` runs); a database
/// that already holds other divisions but not the demo city is reported as such, not measured.
/// The first run warms the caches and is not counted. Then the survey figures (no document) for the
/// province, a city, a district and a community under the bench's province code, p50/p95 each, over
/// whatever the province holds (a seeded province, or only the demo city).
/// </summary>
public sealed class ReportBench(LinliDb db, DemoSeeder demo, SurveyQuery survey, TimeProvider clock)
{
    private const string Scenario = "report";

    // A province's figures take seconds; 20 rounds per level keep the scenario within minutes.
    private const int MaxLevelRepetitions = 20;

    public async Task<IReadOnlyList<BenchFigure>> RunAsync(string provinceCode, int repetitions, CancellationToken ct)
    {
        var figures = new List<BenchFigure>(await DemoCityAsync(repetitions, ct));
        figures.AddRange(await LevelsAsync(provinceCode, Math.Min(repetitions, MaxLevelRepetitions), ct));
        return figures;
    }

    private async Task<IReadOnlyList<BenchFigure>> DemoCityAsync(int repetitions, CancellationToken ct)
    {
        await demo.SeedIfEmptyAsync(ct);
        var city = await db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(u => u.Code == DemoCity.Code, ct);
        var total = city is null ? null : await SubtreeTotal.OfAsync(db, city, ct);
        if (city is null || total!.Residents == 0)
        {
            return [new(Scenario, "no demo city to report on (use an empty database, or --pg with one that holds it)", 0, "", "")];
        }
        var committees = await db.OrgUnits.AsNoTracking().Under(city.OrgPath).CountAsync(u => u.Kind == OrgUnitKind.Community, ct);
        var dataSize = $"{DemoCity.Name}: {committees:N0} committees, {total.Households:N0} households, {total.Residents:N0} residents";
        var caller = new Caller("bench", "bench", Role.CivilAffairs, city.Id, city.OrgPath);
        var year = clock.GetUtcNow().Year;
        await ReportAsync(caller, year, ct); // warm-up
        var latencies = new Latencies();
        for (var i = 0; i < repetitions; i++)
        {
            await latencies.TimeAsync(() => ReportAsync(caller, year, ct));
        }
        return [.. latencies.Figures(Scenario, "survey report of the demo city, figures + .docx", dataSize)];
    }

    /// <summary>Survey figures of the first units (in code order) of each level under the province, taken in turn.</summary>
    private async Task<IReadOnlyList<BenchFigure>> LevelsAsync(string provinceCode, int repetitions, CancellationToken ct)
    {
        var province = await db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(u => u.Code == provinceCode, ct);
        if (province is null)
        {
            return [];
        }
        var total = await SubtreeTotal.OfAsync(db, province, ct);
        var dataSize = $"{total.Residents:N0} residents, {total.Households:N0} households under {province.Name}";
        var caller = new Caller("bench", "bench", Role.CivilAffairs, province.Id, province.OrgPath);
        var year = clock.GetUtcNow().Year;
        var figures = new List<BenchFigure>();
        foreach (var kind in new[] { OrgUnitKind.Province, OrgUnitKind.City, OrgUnitKind.District, OrgUnitKind.Community })
        {
            var codes = await db.OrgUnits.AsNoTracking().Under(province.OrgPath).Where(u => u.Kind == kind)
                .OrderBy(u => u.Code).Select(u => u.Code).Take(5).ToListAsync(ct);
            foreach (var code in codes)
            {
                await FiguresAsync(caller, code, year, ct); // warm-up
            }
            var latencies = new Latencies();
            for (var i = 0; i < repetitions && codes.Count > 0; i++)
            {
                var code = codes[i % codes.Count];
                await latencies.TimeAsync(async () => (await FiguresAsync(caller, code, year, ct)).Communities);
            }
            if (codes.Count > 0)
            {
                figures.AddRange(latencies.Figures(Scenario, $"survey report figures, {kind.ToString().ToLowerInvariant()}", dataSize));
            }
        }
        return figures;
    }

    private async Task<SurveyFigures> FiguresAsync(Caller caller, string unitCode, int year, CancellationToken ct)
    {
        var figures = await survey.HandleAsync(caller, new SurveyRequest(unitCode, year), ct);
        return figures.Failure is { } failure ? throw new InvalidOperationException(failure.Message.En) : figures.Value!;
    }

    private async Task<long> ReportAsync(Caller caller, int year, CancellationToken ct)
    {
        var figures = await FiguresAsync(caller, DemoCity.Code, year, ct);
        using var document = new MemoryStream();
        ReportRenderer.Write(SurveyDocument.Build(figures, clock.GetUtcNow()), ReportFormat.Docx, document);
        return document.Length;
    }
}
