using Linli.Core.Data;
using Linli.Core.Features.Accounts;
using Linli.Core.Features.Requests;
using Linli.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Linli.Tests.Requests;

public class SweepDeadlinesTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Sweep_WarnsBeforeDue_MarksOverdueAndEscalatesOneLevelUp_Once(string provider)
    {
        await using var core = await CoreServices.CreateAsync(provider);
        var hotline = await core.CallerAtAsync("4111", Role.HotlineOperator);
        long id;
        await using (var scope = core.Scope())
        {
            var created = await scope.ServiceProvider.GetRequiredService<CreateRequest>()
                .HandleAsync(hotline, new(RequestChannel.Hotline, "0201", RequestsFixture.Binxi, "电梯停运，老人被困家中", Phone: "13912345678", Route: true));
            Assert.True(created.Ok, created.Failure?.Message.Zh);
            id = created.Value!.Request.Id;
        }

        SweepOutcome Sweep(DateTime at)
        {
            using var scope = core.Services.CreateScope();
            var sp = scope.ServiceProvider;
            var db = sp.GetRequiredService<LinliDb>();
            var sweeper = new SweepDeadlines(db, new FixedClock(at), new RequestOptions(WarningWorkingHours: 1), new TransitionRequest(db, new FixedClock(at)));
            return sweeper.RunAsync().GetAwaiter().GetResult();
        }
        async Task<ServiceRequest> LoadAsync()
        {
            await using var scope = core.Scope();
            return await scope.ServiceProvider.GetRequiredService<LinliDb>().ServiceRequests.AsNoTracking().Include(r => r.History).SingleAsync(r => r.Id == id);
        }

        var request = await LoadAsync();
        Assert.Equal(new SweepOutcome(true, 0, 0, 0), Sweep(request.ReceivedAt));
        Assert.Equal(new SweepOutcome(true, 1, 0, 0), Sweep(request.ResponseDueAt.AddMinutes(-30)));
        Assert.NotNull((await LoadAsync()).WarnedAt);

        Assert.Equal(new SweepOutcome(true, 0, 1, 1), Sweep(request.ResolutionDueAt.AddMinutes(1)));
        Assert.Equal(new SweepOutcome(true, 0, 0, 0), Sweep(request.ResolutionDueAt.AddHours(3)));

        var swept = await LoadAsync();
        Assert.Equal(RequestStatus.Escalated, swept.Status);
        Assert.Equal(1, swept.EscalationLevel);
        await using var check = core.Scope();
        var street = await check.ServiceProvider.GetRequiredService<LinliDb>().OrgUnits.SingleAsync(o => o.Code == RequestsFixture.LaojieStreet);
        Assert.Equal(street.Id, swept.AssignedUnitId);
        var escalation = Assert.Single(swept.History, h => h.Action == RequestAction.Escalate);
        Assert.Equal(SweepDeadlines.SystemActor, escalation.ActorName);
        Assert.Null(escalation.ActorRole);
        Assert.Equal(RequestStatus.Routed, escalation.From);
    }
}
