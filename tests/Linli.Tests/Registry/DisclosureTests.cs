using Linli.Core.Common;
using Linli.Core.Data;
using Linli.Core.Features.Accounts;
using Linli.Core.Features.Audit;
using Linli.Core.Features.Registry;
using Linli.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Linli.Tests.Registry;

public class DisclosureTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Disclose_NeedsPurpose_IsAudited_AndDepartmentNever(string provider)
    {
        await using var core = await CoreServices.CreateAsync(provider);
        var two = await RegistryFixture.TwoCommunitiesAsync(core);
        await using var scope = core.Scope("shequ-a");
        var disclose = scope.ServiceProvider.GetRequiredService<DiscloseResidentField>();

        var noPurpose = (await disclose.HandleAsync(two.WorkerA, new(two.ZhangSan, DisclosedField.DocumentNumber, " "))).Failure!;
        Assert.Equal(("purpose", FailureKind.Invalid), (noPurpose.Field, noPurpose.Kind));

        var shown = await disclose.HandleAsync(two.WorkerA, new(two.ZhangSan, DisclosedField.DocumentNumber, "办理低保复核"));
        Assert.Equal(two.IdA, shown.Value);
        Assert.Equal(two.PhoneA, (await disclose.HandleAsync(two.WorkerA, new(two.ZhangSan, DisclosedField.Phone, "电话回访"))).Value);

        var department = await core.CallerAtAsync("4111", Role.Department);
        Assert.Equal(FailureKind.Forbidden, (await disclose.HandleAsync(department, new(two.ZhangSan, DisclosedField.DocumentNumber, "核查"))).Failure!.Kind);
        Assert.Equal(FailureKind.Forbidden, (await disclose.HandleAsync(department, new(two.ZhangSan, DisclosedField.Phone, "核查"))).Failure!.Kind);
        var grid = await core.CallerAtAsync(RegistryFixture.CommunityA, Role.GridWorker);
        Assert.Equal(FailureKind.Forbidden, (await disclose.HandleAsync(grid, new(two.ZhangSan, DisclosedField.DocumentNumber, "核查"))).Failure!.Kind);
        Assert.True((await disclose.HandleAsync(grid, new(two.ZhangSan, DisclosedField.Phone, "入户走访前联系"))).Ok);
        // Another community's resident is not found, and nothing is disclosed.
        Assert.Equal(FailureKind.NotFound, (await disclose.HandleAsync(two.WorkerA, new(two.LiSi, DisclosedField.DocumentNumber, "核查"))).Failure!.Kind);

        var db = scope.ServiceProvider.GetRequiredService<LinliDb>();
        var entries = await db.AuditEntries.AsNoTracking().Where(e => e.Action == AuditActions.Disclose).OrderBy(e => e.Id).ToListAsync();
        Assert.Equal(["办理低保复核", "电话回访", "入户走访前联系"], entries.Select(e => e.Purpose));
        Assert.All(entries, e => Assert.Equal(("Resident", two.ZhangSan.ToString(System.Globalization.CultureInfo.InvariantCulture), "shequ-a"), (e.EntityType!, e.EntityId!, e.Actor)));
        Assert.StartsWith("证件号码", entries[0].Summary, StringComparison.Ordinal);
        Assert.DoesNotContain(entries, e => (e.Summary + e.Before + e.After).Contains(two.IdA, StringComparison.Ordinal));
    }
}
