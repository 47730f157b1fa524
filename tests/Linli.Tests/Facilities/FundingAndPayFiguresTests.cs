using Linli.Core.Common;
using Linli.Core.Features.Accounts;
using Linli.Core.Features.Funding;
using Linli.Core.Features.SocialOrgs;
using Linli.Core.Features.Staffing;
using Linli.Core.Features.Wages;
using Linli.Tests.Infrastructure;
using Linli.Tests.Standards;
using Microsoft.Extensions.DependencyInjection;

namespace Linli.Tests.Facilities;

/// <summary>Funding, pay, social organizations and committees against <see cref="FacilitiesFixture"/>.</summary>
public class FundingAndPayFiguresTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Funding_City2025_BudgetSpendingAndProposal(string provider)
    {
        await using var core = await CoreServices.CreateAsync(provider);
        await FacilitiesFixture.SeedAsync(core.Services);
        await using var scope = core.Scope();
        var sp = scope.ServiceProvider;
        var figures = sp.GetRequiredService<FundingFigures>();
        var bureau = await StaffingFixture.CallerAsync(sp, "4111", Role.CivilAffairs);

        var report = (await figures.HandleAsync(bureau, "4111", 2025)).Value!;
        Assert.Equal((73000m, 52000m, 71.2m, 113130m, 40130m), (report.Budget, report.Spent, report.SpentPercent, report.Proposed, report.ProposalGap));
        Assert.Equal(["29505.00", "25095.00", "22050.00", "36480.00"], report.Communities.Select(c => c.Proposed!.Value.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal([4, 2, 0, 0], report.Communities.Select(c => c.AdmittedTasks));
        Assert.Equal(["办公经费:28000/17000", "人员报酬:40000/30000", "阵地建设:0/0", "活动经费:5000/5000", "其他:0/0"],
            report.ByCategory.Select(l => $"{l.Label.Zh}:{l.Budget:0}/{l.Spent:0}"));
        Assert.Equal(["财政:60000/45000", "费随事转:8000/2000", "社会捐助:5000/5000", "有偿服务:0/0"], report.BySource.Select(l => $"{l.Label.Zh}:{l.Budget:0}/{l.Spent:0}"));
        Assert.Equal(["4111:2024", "411103:2025"], report.Formulas.Select(f => $"{f.SetAtCode}:{f.Year}"));

        // 2024: the city's formula in its first year, no growth yet, no tasks entered.
        var y2024 = (await figures.HandleAsync(bureau, FacilitiesFixture.Binxi, 2024)).Value!;
        Assert.Equal((26100m, 18000m), (y2024.Proposed, y2024.Budget));

        var street = await StaffingFixture.CallerAsync(sp, "411103", Role.StreetOffice);
        Assert.Equal(FailureKind.NotFound, (await figures.HandleAsync(street, "411102", 2025)).Failure!.Kind);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Pay_City2025_WorkersBelowAverageAndMinimumWage(string provider)
    {
        await using var core = await CoreServices.CreateAsync(provider);
        await FacilitiesFixture.SeedAsync(core.Services);
        await using var scope = core.Scope();
        var sp = scope.ServiceProvider;
        var bureau = await StaffingFixture.CallerAsync(sp, "4111", Role.CivilAffairs);

        var report = (await sp.GetRequiredService<PayFigures>().HandleAsync(bureau, "4111", 2025)).Value!;
        Assert.Equal((4, 4, 4075m), (report.OnRoll, report.WithPay, report.AveragePay));
        Assert.Equal((4, 2), (report.VsAverageWage.Checked, report.VsAverageWage.Below));
        Assert.Equal((4, 1), (report.VsMinimumWage.Checked, report.VsMinimumWage.Below));
        Assert.Equal(["王芳:4000:3000", "陈刚:5500:3000"], report.Underpaid.Select(u => $"{u.Name}:{u.AverageWageThreshold:0}:{u.MinimumWageThreshold:0}"));
        Assert.Equal(["4111:2024", "411103:2024"], report.VsAverageWage.Wages.Select(w => $"{w.SetAtCode}:{w.Year}"));
        Assert.Equal("41", Assert.Single(report.VsAverageWage.Standards).SetAtCode);

        var street = await StaffingFixture.CallerAsync(sp, "411102", Role.StreetOffice);
        Assert.Equal(FailureKind.NotFound, (await sp.GetRequiredService<PayFigures>().HandleAsync(street, "411103", 2025)).Failure!.Kind);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SocialOrgsAndCommittees_City2025(string provider)
    {
        await using var core = await CoreServices.CreateAsync(provider);
        await FacilitiesFixture.SeedAsync(core.Services);
        await using var scope = core.Scope();
        var sp = scope.ServiceProvider;
        var bureau = await StaffingFixture.CallerAsync(sp, "4111", Role.CivilAffairs);

        var orgs = (await sp.GetRequiredService<SocialOrgFigures>().HandleAsync(bureau, "4111", 2025)).Value!;
        Assert.Equal((4, 3, 16, 4.7m, 2), (orgs.Total.Communities, orgs.Total.UrbanCommunities, orgs.Total.Organizations, orgs.Total.PerUrbanCommunity, orgs.Total.UrbanBelowTarget));
        Assert.Equal(["411102001001:3:True", "411102001002:0:True", "411102004201:2:False", "411103001001:11:False"],
            orgs.Communities.Select(c => $"{c.Code}:{c.Organizations}:{c.BelowTarget}"));
        var yuanhui = orgs.Children.Single(c => c.Code == "411102");
        Assert.Equal((5, 1.5m, 2), (yuanhui.Organizations, yuanhui.PerUrbanCommunity, yuanhui.UrbanBelowTarget));
        Assert.Equal("10 个（漯河市设定，2024-01-01起）", Assert.Single(orgs.Total.Standards).Citation.Zh);

        var committees = (await sp.GetRequiredService<CommitteeFigures>().HandleAsync(bureau, "4111", 2025)).Value!;
        Assert.Equal((3, 3, 0, 1, 1), (committees.Committees, committees.TooFew, committees.TooMany, committees.TermExpired, committees.TermUnknown));
        Assert.Equal(["411102001001:1:2025-12-31:False", "411102001002:1:2023-05-31:True", "411103001001:1::False"],
            committees.Communities.Select(c => $"{c.Code}:{c.Members}:{c.TermEnds:yyyy-MM-dd}:{c.TermExpired}"));
        Assert.Equal(["committee_size:", "committee_term_years:"], committees.Standards.Select(s => $"{s.Key}:{s.SetAtCode}"));

        var street = await StaffingFixture.CallerAsync(sp, "411103", Role.StreetOffice);
        Assert.Equal(FailureKind.NotFound, (await sp.GetRequiredService<SocialOrgFigures>().HandleAsync(street, "4111", 2025)).Failure!.Kind);
        Assert.Equal(FailureKind.NotFound, (await sp.GetRequiredService<CommitteeFigures>().HandleAsync(street, "411102", 2025)).Failure!.Kind);
    }
}
