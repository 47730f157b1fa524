using Linli.Core.Common;
using Linli.Core.Data;
using Linli.Core.Features.Accounts;
using Linli.Core.Features.Admission;
using Linli.Core.Features.Hierarchy;
using Linli.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Linli.Tests.Admission;

/// <summary>
/// Core services on the 漯河 divisions with accounts for a department (city), a three-member review
/// group at the city (chair 组长, majority rule), a community worker at 滨西 and a short duty list.
/// </summary>
public sealed class AdmissionFixture : IAsyncDisposable
{
    public const string Street = "411102001", Binxi = "411102001001", Xinhua = "411102001002", OtherDistrictCommunity = "411103001001";

    private AdmissionFixture(CoreServices core) => Core = core;

    public CoreServices Core { get; }
    public Caller Department { get; private set; } = null!;
    public Caller OtherDepartment { get; private set; } = null!;
    public Caller Chair { get; private set; } = null!;
    public Caller Member2 { get; private set; } = null!;
    public Caller Member3 { get; private set; } = null!;
    public Caller Community { get; private set; } = null!;

    public static async Task<AdmissionFixture> CreateAsync(string provider, Action<IServiceCollection>? configure = null)
    {
        var fixture = new AdmissionFixture(await CoreServices.CreateAsync(provider, configure: configure));
        await fixture.SeedAsync();
        return fixture;
    }

    private async Task SeedAsync()
    {
        Department = await AccountAsync("weijian", "市卫健委", Role.Department, "4111");
        OtherDepartment = await AccountAsync("zhujian", "市住建局", Role.Department, "4111");
        Chair = await AccountAsync("zuzhang", "组长", Role.AdmissionReviewer, "4111");
        Member2 = await AccountAsync("chengyuan2", "成员二", Role.AdmissionReviewer, "4111");
        Member3 = await AccountAsync("chengyuan3", "成员三", Role.CivilAffairs, "4111");
        Community = await AccountAsync("binxi", "滨西社工", Role.CommunityWorker, Binxi);
        await using var scope = Core.Scope();
        var sp = scope.ServiceProvider;
        Ok(await sp.GetRequiredService<ReviewGroups>().SetUpAsync(null, new("4111", null, DecisionRule.SimpleMajority, ["zuzhang", "chengyuan2", "chengyuan3"], "zuzhang")));
        Ok(await sp.GetRequiredService<PublishDutyList>().HandleAsync(null, new("4111", "测试清单", new(2020, 1, 1),
        [
            new("依法协助事项", "协助做好居民健康档案管理", "规范", "卫健委", true, false, null),
            new("依法履职事项", "调解民间纠纷", "人民调解法", "司法局", false, false, null),
            new("负面清单", "居住证明", "取消证明事项", "公安局", false, false, "证明开具"),
        ])));
    }

    private async Task<Caller> AccountAsync(string userName, string name, Role role, string unit)
    {
        await using var scope = Core.Scope();
        var user = Ok(await scope.ServiceProvider.GetRequiredService<CreateAccount>().HandleAsync(new(userName, name, "Test2026x", role, unit)));
        var path = await scope.ServiceProvider.GetRequiredService<LinliDb>().OrgUnits.Where(o => o.Code == unit).Select(o => o.Path).SingleAsync();
        return new Caller(user.Id, name, role, user.OrgUnitId, new OrgPath(path));
    }

    public async Task<T> RunAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = Core.Scope();
        return await action(scope.ServiceProvider);
    }

    /// <summary>Files, has every member approve and the chair decide: an admission in force today.</summary>
    public async Task<AdmissionRequest> AdmitAsync(FileAdmissionRequest.Command command, string? capOverride = null, Caller? department = null)
    {
        var filed = Ok(await RunAsync(sp => sp.GetRequiredService<FileAdmissionRequest>().HandleAsync(department ?? Department, command)));
        foreach (var member in new[] { Chair, Member2 })
        {
            Ok(await RunAsync(sp => sp.GetRequiredService<RecordOpinion>().HandleAsync(member, filed.Id, Vote.Approve, "")));
        }
        return Ok(await RunAsync(sp => sp.GetRequiredService<DecideAdmission>().HandleAsync(Chair, filed.Id, new(null, null, null, null, capOverride))));
    }

    public static FileAdmissionRequest.Command Command(AdmissionKind kind, string title, string target = Street, IReadOnlyList<string>? communities = null,
        DateOnly? start = null, DateOnly? end = null, int times = 1, decimal funds = 0) =>
        new(kind, title, title + "，详见附件。", target, communities, null, times, start ?? Today.AddDays(-1), end ?? Today.AddMonths(6), 4, 0, funds, "");

    public static DateOnly Today => DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);

    public static T Ok<T>(Result<T> result)
    {
        Assert.True(result.Ok, result.Failure?.Message.Zh);
        return result.Value!;
    }

    public ValueTask DisposeAsync() => Core.DisposeAsync();
}
