using Linli.Core.Common;
using Linli.Core.Features.Accounts;
using Linli.Core.Features.Registry;
using Linli.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Linli.Tests.Registry;

public class ResidentSearchTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Search_ByNameIdAndPhone_FindsOnlyInTheCallersArea(string provider)
    {
        await using var core = await CoreServices.CreateAsync(provider);
        var two = await RegistryFixture.TwoCommunitiesAsync(core);
        await using var scope = core.Scope();
        var search = scope.ServiceProvider.GetRequiredService<ResidentSearch>();

        var byName = (await search.HandleAsync(two.WorkerA, new(Name: "张"))).Value!;
        var row = Assert.Single(byName.Rows);
        Assert.Equal("张三", row.Name);
        Assert.Equal("411102********" + two.IdA[^4..], row.DocumentMasked);
        Assert.Equal("138****5678", row.PhoneMasked);

        Assert.Equal(two.ZhangSan, Assert.Single((await search.HandleAsync(two.WorkerA, new(DocumentNumber: two.IdA.ToLowerInvariant()))).Value!.Rows).Id);
        Assert.Equal(two.ZhangSan, Assert.Single((await search.HandleAsync(two.WorkerA, new(Phone: "138 1234 5678"))).Value!.Rows).Id);
        // Another community's person, a wrong check digit, a name from elsewhere: nothing.
        Assert.Empty((await search.HandleAsync(two.WorkerA, new(DocumentNumber: two.IdB))).Value!.Rows);
        Assert.Empty((await search.HandleAsync(two.WorkerA, new(DocumentNumber: two.IdA[..17] + (two.IdA[17] == '1' ? "2" : "1")))).Value!.Rows);
        Assert.Empty((await search.HandleAsync(two.WorkerA, new(Name: "李四"))).Value!.Rows);
        Assert.Empty((await search.HandleAsync(two.WorkerB, new(DocumentNumber: two.IdA))).Value!.Rows);

        var street = await core.CallerAtAsync(RegistryFixture.Street, Role.StreetOffice);
        Assert.Single((await search.HandleAsync(street, new(DocumentNumber: two.IdA))).Value!.Rows);
        Assert.Single((await search.HandleAsync(street, new(DocumentNumber: two.IdB))).Value!.Rows);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Search_BadInput_NamesTheField_AndDepartmentSeesNoPhone(string provider)
    {
        await using var core = await CoreServices.CreateAsync(provider);
        var two = await RegistryFixture.TwoCommunitiesAsync(core);
        await using var scope = core.Scope();
        var search = scope.ServiceProvider.GetRequiredService<ResidentSearch>();

        var empty = (await search.HandleAsync(two.WorkerA, new())).Failure!;
        Assert.Equal(FailureKind.Invalid, empty.Kind);
        Assert.Contains("至少一项", empty.Message.Zh, StringComparison.Ordinal);
        Assert.Equal("phone", (await search.HandleAsync(two.WorkerA, new(Phone: "12345"))).Failure!.Field);

        var department = await core.CallerAtAsync("4111", Role.Department);
        var seen = Assert.Single((await search.HandleAsync(department, new(Name: "张三"))).Value!.Rows);
        Assert.Null(seen.PhoneMasked);
        Assert.DoesNotContain("101", seen.Address, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Search_PagesInNameOrder_AndLeavesOutMovedOutUnlessAsked(string provider)
    {
        await using var core = await CoreServices.CreateAsync(provider);
        var worker = await core.CallerAtAsync(RegistryFixture.CommunityA, Role.CommunityWorker);
        var household = await RegistryFixture.HouseholdAsync(core.Services, worker, "301");
        var ids = new List<long>();
        foreach (var (name, sequence) in new[] { ("王一", 11), ("王二", 12), ("王三", 13) })
        {
            ids.Add(await RegistryFixture.ResidentAsync(core.Services, worker, household, name, RegistryFixture.IdNumber(sequence), relation: "子女"));
        }
        await using var scope = core.Scope();
        var search = scope.ServiceProvider.GetRequiredService<ResidentSearch>();

        var first = (await search.HandleAsync(worker, new(Name: "王", PageSize: 2))).Value!;
        var second = (await search.HandleAsync(worker, new(Name: "王", Page: 2, PageSize: 2))).Value!;
        Assert.Equal(3, first.Total);
        Assert.Equal(2, first.Rows.Count);
        Assert.Single(second.Rows);
        Assert.Equal(3, first.Rows.Concat(second.Rows).Select(r => r.Id).Distinct().Count());

        var today = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1);
        Assert.True((await scope.ServiceProvider.GetRequiredService<MoveOutResident>().HandleAsync(worker, new(ids[0], today, "许昌市"))).Ok);
        Assert.Equal(2, (await search.HandleAsync(worker, new(Name: "王"))).Value!.Total);
        var all = (await search.HandleAsync(worker, new(Name: "王", IncludeInactive: true))).Value!;
        Assert.Equal(ResidentStatus.MovedOut, all.Rows.Single(r => r.Id == ids[0]).Status);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Search_ByName_MatchesFromTheStartUnlessContainsIsAsked_AndTakesWildcardsLiterally(string provider)
    {
        await using var core = await CoreServices.CreateAsync(provider);
        var worker = await core.CallerAtAsync(RegistryFixture.CommunityA, Role.CommunityWorker);
        var household = await RegistryFixture.HouseholdAsync(core.Services, worker, "302");
        foreach (var (name, sequence) in new[] { ("张伟华", 21), ("李张伟", 22), ("张_明", 23), ("张小明", 24) })
        {
            await RegistryFixture.ResidentAsync(core.Services, worker, household, name, RegistryFixture.IdNumber(sequence), relation: "子女");
        }
        await using var scope = core.Scope();
        var search = scope.ServiceProvider.GetRequiredService<ResidentSearch>();
        async Task<string[]> NamesAsync(ResidentSearch.Query query) =>
            [.. (await search.HandleAsync(worker, query)).Value!.Rows.Select(r => r.Name).Order(StringComparer.Ordinal)];

        Assert.Equal(["张伟华"], await NamesAsync(new(Name: "张伟")));
        Assert.Equal(["张伟华", "李张伟"], await NamesAsync(new(Name: "张伟", NameContains: true)));
        // "_" and "%" are characters of a name, never LIKE wildcards.
        Assert.Equal(["张_明"], await NamesAsync(new(Name: "张_")));
        Assert.Empty(await NamesAsync(new(Name: "%")));
    }
}
