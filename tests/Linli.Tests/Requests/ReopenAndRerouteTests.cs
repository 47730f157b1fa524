using System.Net.Http.Json;
using System.Text.Json;
using Linli.Core.Data;
using Linli.Core.Features.Accounts;
using Linli.Core.Features.Requests;
using Linli.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Linli.Tests.Requests;

public class ReopenAndRerouteTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Reopen_ByCallback_RestartsDeadlines_AndTheSweeperEscalatesAgain_ButNotByHand(string provider)
    {
        await using var core = await CoreServices.CreateAsync(provider);
        var hotline = await core.CallerAtAsync("4111", Role.HotlineOperator);
        var community = await core.CallerAtAsync(RequestsFixture.Binxi, Role.CommunityWorker);

        async Task<ServiceRequest> ResolvedRequestAsync()
        {
            await using var scope = core.Scope();
            var sp = scope.ServiceProvider;
            var created = await sp.GetRequiredService<CreateRequest>()
                .HandleAsync(hotline, new(RequestChannel.Hotline, "0201", RequestsFixture.Binxi, "电梯停运，老人被困家中", Phone: "13912345678", Route: true));
            Assert.True(created.Ok, created.Failure?.Message.Zh);
            var db = sp.GetRequiredService<LinliDb>();
            var request = await db.ServiceRequests.SingleAsync(r => r.Id == created.Value!.Request.Id);
            var at = request.ReceivedAt.AddMinutes(10);
            Assert.True(request.Apply(RequestAction.Accept, Role.CommunityWorker, community.Name, community.UserId, null, at).Ok);
            Assert.True(request.Apply(RequestAction.Resolve, Role.CommunityWorker, community.Name, community.UserId, "已修好", at).Ok);
            // As if the sweeper had warned and marked it overdue in the first round.
            (request.WarnedAt, request.OverdueAt) = (at, at);
            await db.SaveChangesAsync();
            return request;
        }
        async Task<ServiceRequest> LoadAsync(long id)
        {
            await using var scope = core.Scope();
            return await scope.ServiceProvider.GetRequiredService<LinliDb>().ServiceRequests.AsNoTracking().SingleAsync(r => r.Id == id);
        }
        void AssertRestartedAt(ServiceRequest reopened, DateTime at)
        {
            Assert.Equal(RequestStatus.Reopened, reopened.Status);
            Assert.True(reopened.ResponseDueAt > at, $"response due {reopened.ResponseDueAt:O} should follow the reopen at {at:O}");
            Assert.True(reopened.ResolutionDueAt > reopened.ResponseDueAt);
            Assert.Null(reopened.WarnedAt);
            Assert.Null(reopened.OverdueAt);
            Assert.Null(reopened.RespondedAt);
        }

        // 不满意重办 at callback, long after the first due times.
        var first = await ResolvedRequestAsync();
        var callbackAt = first.ResolutionDueAt.AddDays(20);
        await using (var scope = core.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LinliDb>();
            var callback = await new RecordCallback(db, new FixedClock(callbackAt))
                .HandleAsync(hotline, new CallbackCommand(first.Id, (await LoadAsync(first.Id)).Version, Reached: true, Resolved: false, Satisfied: false, "还是停"));
            Assert.True(callback.Ok, callback.Failure?.Message.Zh);
        }
        var reopened = await LoadAsync(first.Id);
        AssertRestartedAt(reopened, callbackAt);

        // The sweeper warns before the new due time and escalates after it, once more.
        await using (var scope = core.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LinliDb>();
            var at = reopened.ResolutionDueAt.AddMinutes(1);
            var outcome = await new SweepDeadlines(db, new FixedClock(at), new RequestOptions(WarningWorkingHours: 1), new TransitionRequest(db, new FixedClock(at))).RunAsync();
            Assert.Equal(new SweepOutcome(true, 0, 1, 1), outcome);
        }
        Assert.Equal(RequestStatus.Escalated, (await LoadAsync(first.Id)).Status);

        // A supervisor cannot reopen by hand: the resident's word is recorded as a callback first.
        var second = await ResolvedRequestAsync();
        var reopenAt = second.ResolutionDueAt.AddDays(20);
        await using (var scope = core.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LinliDb>();
            var moved = await new TransitionRequest(db, new FixedClock(reopenAt))
                .HandleAsync(hotline, new TransitionCommand(second.Id, RequestAction.Reopen, (await LoadAsync(second.Id)).Version, "居民来电反映未修好"));
            Assert.Equal("action", moved.Failure?.Field);
        }
        Assert.Equal(RequestStatus.Resolved, (await LoadAsync(second.Id)).Status);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RouteToUnit_AfterTheCompanyReturnedIt_ClearsTheCompany_AndLeavesItsQueue(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        using var bureau = await app.ApiClientAsync("minzheng");
        using var hotline = await app.ApiClientAsync("rexian");
        var registered = await bureau.PostAsJsonAsync("/api/v1/service-companies", new { name = "改派测试物业", contact = "0395-7654321", categories = new[] { "02" }, areas = new[] { RequestsFixture.LaojieStreet } });
        var company = (await registered.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        (await bureau.PostAsJsonAsync($"/api/v1/service-companies/{company}/users", new { userName = "gaipai", displayName = "改派调度", password = "Company2026" })).EnsureSuccessStatusCode();
        var id = (await RequestsFixture.CreateAsync(hotline, new { channel = "Hotline", category = "0201", place = RequestsFixture.Binxi, description = "3号楼电梯异响", phone = "13900139001" })).GetProperty("id").GetInt64();
        var version = (await RequestsFixture.GetAsync(hotline, id)).GetProperty("version").GetInt32();
        (await hotline.PostAsJsonAsync($"/api/v1/requests/{id}/route-to-company", new { companyId = company, version })).EnsureSuccessStatusCode();

        using var staff = await app.ApiClientAsync("gaipai", "Company2026");
        var mine = await staff.GetFromJsonAsync<JsonElement>($"/api/v1/company/requests/{id}");
        (await staff.PostAsJsonAsync($"/api/v1/company/requests/{id}/transitions", new { action = "return", version = mine.GetProperty("version").GetInt32(), note = "不在我司维保范围" })).EnsureSuccessStatusCode();

        await RequestsFixture.MoveAsync(hotline, id, "route", toUnit: RequestsFixture.Binxi);

        await using var scope = app.Scope();
        Assert.Null((await scope.ServiceProvider.GetRequiredService<LinliDb>().ServiceRequests.SingleAsync(r => r.Id == id)).ServiceCompanyId);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await staff.GetAsync($"/api/v1/company/requests/{id}")).StatusCode);
    }
}
