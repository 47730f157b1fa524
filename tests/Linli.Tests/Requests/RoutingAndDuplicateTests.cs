using Linli.Core.Common.Privacy;
using Linli.Core.Data;
using Linli.Core.Features.Accounts;
using Linli.Core.Features.Hierarchy;
using Linli.Core.Features.Requests;
using Linli.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Linli.Tests.Requests;

public class RoutingAndDuplicateTests
{
    private static readonly RequestCategory Lift = new() { Id = 12, ParentId = 2, Code = "0201", NameZh = "电梯故障", NameEn = "Lift" };
    private const string Place = "41/4111/411102/411102001/411102001001/";

    private static RoutingRule Rule(long id, long? category, string prefix, long target, bool active = true) =>
        new() { Id = id, CategoryId = category, PathPrefix = prefix, TargetUnitId = target, Active = active };

    [Fact]
    public void Best_ChildCategoryBeatsParentBeatsAny_ThenLongestPrefix()
    {
        var rules = new[]
        {
            Rule(1, null, "41/4111/411102/411102001/411102001001/", 100), // any category, exact community
            Rule(2, 2, "41/4111/", 200),                                  // parent category, city-wide
            Rule(3, 12, "41/4111/", 300),                                 // the category itself, city-wide
            Rule(4, 12, "41/4111/411102/", 400),                          // the category, district
            Rule(5, 12, "41/4111/411102/411102001/", 500, active: false), // inactive
            Rule(6, 12, "41/4111/411103/", 600),                          // another district
        };

        Assert.Equal(4, RoutingSuggestion.Best(rules, Lift, Place)!.Id);
        Assert.Equal(2, RoutingSuggestion.Best(rules.Where(r => r.CategoryId != 12), Lift, Place)!.Id);
        Assert.Equal(1, RoutingSuggestion.Best(rules.Where(r => r.CategoryId is null), Lift, Place)!.Id);
        Assert.Null(RoutingSuggestion.Best(rules.Where(r => r.Id == 6), Lift, Place));
    }

    [Fact]
    public void Prefixes_AreEveryAncestorPath() =>
        Assert.Equal(["41/", "41/4111/", "41/4111/411102/"], RoutingSuggestion.Prefixes("41/4111/411102/"));

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Suggestion_UsesRuleOverCategoryDefault_AndDuplicateWindowIsConfigurable(string provider)
    {
        await using var core = await CoreServices.CreateAsync(provider);
        var hotline = await core.CallerAtAsync("4111", Role.HotlineOperator);
        await using var scope = core.Scope();
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<LinliDb>();
        var routing = sp.GetRequiredService<RoutingSuggestion>();
        var binxi = await db.OrgUnits.SingleAsync(o => o.Code == RequestsFixture.Binxi);
        var streetLight = await db.RequestCategories.SingleAsync(c => c.Code == "0101");

        // 路灯不亮 defaults to the street; a city rule for 市容环境 sends it to the district instead.
        var byDefault = (await routing.ForAsync(streetLight, binxi))!;
        Assert.Equal(RequestsFixture.LaojieStreet, (await db.OrgUnits.SingleAsync(o => o.Id == byDefault.UnitId)).Code);
        var district = await db.OrgUnits.SingleAsync(o => o.Code == "411102");
        db.RoutingRules.Add(new RoutingRule { CategoryId = streetLight.ParentId, PathPrefix = "41/4111/", TargetUnitId = district.Id, Note = "城管", CreatedAt = DateTime.UtcNow });
        await db.SaveChangesAsync();
        var suggested = (await routing.ForAsync(streetLight, binxi))!;
        Assert.Equal(district.Id, suggested.UnitId);
        Assert.Contains("城管", suggested.Reason.Zh);

        // With a 1-hour window, a request received 2 hours ago is no longer a duplicate.
        var create = new CreateRequest(db, sp.GetRequiredService<FieldProtector>(), TimeProvider.System, routing, new RequestOptions(DuplicateWindowHours: 1), sp.GetRequiredService<Linli.Core.Common.LinliPaths>());
        var draft = new RequestDraft(RequestChannel.Hotline, "0101", RequestsFixture.Binxi, "滨河路路灯不亮", Phone: "13912345678");
        var first = (await create.HandleAsync(hotline, draft)).Value!;
        Assert.Equal(first.Request.Id, (await create.HandleAsync(hotline, draft)).Value!.Duplicate!.Id);
        await db.ServiceRequests.ExecuteUpdateAsync(s => s.SetProperty(r => r.ReceivedAt, r => r.ReceivedAt.AddHours(-2)));
        Assert.Null((await create.HandleAsync(hotline, draft)).Value!.Duplicate);
        // A different community is never a duplicate.
        var xinhua = draft with { PlaceCode = RatesFixture.Xinhua };
        Assert.Null((await create.HandleAsync(hotline, xinhua)).Value!.Duplicate);
    }
}
