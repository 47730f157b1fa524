using Linli.Core.Features.Accounts;
using Linli.Core.Features.Registry;
using Linli.Core.Features.Registry.Documents;
using Linli.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Linli.Tests.Registry;

/// <summary>Households and residents made through the real use cases, for the registry tests.</summary>
public static class RegistryFixture
{
    public const string CommunityA = "411102001001"; // 滨西社区 (the demo community accounts)
    public const string CommunityB = "411102001002"; // 新华社区, same street
    public const string Street = "411102001";

    /// <summary>A valid GB 11643 number: region 411102, the birth date, a sequence, the MOD 11-2 check character.</summary>
    public static string IdNumber(int sequence, string birth = "19800101", string region = "411102")
    {
        var first17 = $"{region}{birth}{sequence:D3}";
        return first17 + Mod11Check.Compute(first17);
    }

    public static async Task<long> HouseholdAsync(IServiceProvider services, Caller caller, string room, string building = "1号楼")
    {
        await using var scope = services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<CreateHousehold>()
            .HandleAsync(caller, new(null, "第一网格", "幸福小区", building, "1单元", room));
        Assert.True(result.Ok, result.Failure?.Message.Zh);
        return result.Value!.Id;
    }

    public static async Task<long> ResidentAsync(IServiceProvider services, Caller caller, long householdId, string name, string idNumber, string? phone = null, string relation = "户主", DateOnly? birth = null)
    {
        await using var scope = services.CreateAsyncScope();
        var draft = new ResidentDraft(name, DocumentType.ResidentIdCard, idNumber, phone, ResidenceType.Registered, relation, []);
        var result = await scope.ServiceProvider.GetRequiredService<RegisterResident>().HandleAsync(caller, new(householdId, draft, false, null, null));
        Assert.True(result.Ok, result.Failure?.Message.Zh);
        return result.Value!.Id;
    }

    /// <summary>One resident in community A (张三) and one in B (李四).</summary>
    public sealed record TwoCommunities(Caller WorkerA, Caller WorkerB, long HouseholdA, long HouseholdB, long ZhangSan, long LiSi, string IdA, string IdB, string PhoneA);

    public static async Task<TwoCommunities> TwoCommunitiesAsync(CoreServices core)
    {
        var workerA = await core.CallerAtAsync(CommunityA, Role.CommunityWorker);
        var workerB = await core.CallerAtAsync(CommunityB, Role.CommunityWorker);
        var householdA = await HouseholdAsync(core.Services, workerA, "101");
        var householdB = await HouseholdAsync(core.Services, workerB, "202");
        var idA = IdNumber(101);
        var idB = IdNumber(202, "19900215");
        const string phoneA = "13812345678";
        var zhang = await ResidentAsync(core.Services, workerA, householdA, "张三", idA, phoneA);
        var li = await ResidentAsync(core.Services, workerB, householdB, "李四", idB, "13987654321");
        return new(workerA, workerB, householdA, householdB, zhang, li, idA, idB, phoneA);
    }
}
