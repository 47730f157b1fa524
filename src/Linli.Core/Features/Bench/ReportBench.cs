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
/// The first run warms the caches and is not counted.
/// </summary>
public sealed class ReportBench(LinliDb db, DemoSeeder demo, SurveyQuery survey, TimeProvider clock)
{
    private const string Scenario = "report";

    public async Task<IReadOnlyList<BenchFigure>> RunAsync(int repetitions, CancellationToken ct)
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

    private async Task<long> ReportAsync(Caller caller, int year, CancellationToken ct)
    {
        var figures = await survey.HandleAsync(caller, new SurveyRequest(DemoCity.Code, year), ct);
        if (figures.Failure is { } failure)
        {
            throw new InvalidOperationException(failure.Message.En);
        }
        using var document = new MemoryStream();
        ReportRenderer.Write(SurveyDocument.Build(figures.Value!, clock.GetUtcNow()), ReportFormat.Docx, document);
        return document.Length;
    }
}
