using Linli.Core.Features.Accounts;
using Linli.Core.Features.Reports.Rendering;
using Linli.Core.Features.Reports.Survey;
using Linli.Tests.Infrastructure;
using Linli.Tests.Standards;
using Microsoft.Extensions.DependencyInjection;

namespace Linli.Tests.Reports;

/// <summary>The survey report of the fixture city as a .docx, opened in LibreOffice: its key sentences and numbers survive rendering.</summary>
public class SurveyDocumentTests
{
    [Fact]
    public async Task SurveyDocx_ForTheFixtureCity_RendersItsKeySentencesAndNumbers()
    {
        await using var core = await CoreServices.CreateAsync(TestDatabase.Sqlite);
        await SurveyFiguresTests.SeedAsync(core.Services);
        await using var scope = core.Scope();
        var bureau = await StaffingFixture.CallerAsync(scope.ServiceProvider, "4111", Role.CivilAffairs);
        var figures = (await scope.ServiceProvider.GetRequiredService<SurveyQuery>().HandleAsync(bureau, new("4111", 2025, [500, 1000]))).Value!;
        var document = SurveyDocument.Build(figures, new DateTimeOffset(2026, 1, 5, 0, 0, 0, TimeSpan.Zero));
        var docx = new MemoryStream();
        ReportRenderer.Write(document, ReportFormat.Docx, docx);

        var text = OfficeText.Squeeze(await OfficeText.DocxToPdfTextAsync(docx.ToArray()));

        Assert.Contains("漯河市社区基本情况报告", text, StringComparison.Ordinal);
        Assert.Contains("目前，全市共有社区1334个，其中城市社区（居民委员会）75个、村（村民委员会）1259个", text, StringComparison.Ordinal);
        Assert.Contains("共有住户1810户、居民3700人，其中城市社区居民3400人。", text, StringComparison.Ordinal);
        Assert.Contains("500人以下的社区1331个，500—1000人的1个，1000人及以上的2个。", text, StringComparison.Ordinal);
        Assert.Contains("实有社区工作者4人（其中在册未在岗1人）", text, StringComparison.Ordinal);
        Assert.Contains("应配备7人，缺口3人", text, StringComparison.Ordinal);
        Assert.Contains("2025年在册社区工作者5人，离职1人，流失率20.0%。", text, StringComparison.Ordinal);
        Assert.Contains("超过上限的社区2个，按上限拆分需新增社区2个。", text, StringComparison.Ordinal);
        Assert.Contains("存在的问题", text, StringComparison.Ordinal);
        Assert.Contains("18人/万人（漯河市设定，2024-01-01起）", text, StringComparison.Ordinal);
    }
}
