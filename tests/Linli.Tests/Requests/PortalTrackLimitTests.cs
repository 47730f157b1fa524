using System.Net;
using Linli.Core.Common.Privacy;
using Linli.Core.Data;
using Linli.Core.Features.Accounts;
using Linli.Core.Features.Requests;
using Linli.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Linli.Tests.Requests;

public class PortalTrackLimitTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task FiveWrongCodes_LockTheNumberFor15Minutes_AcrossInstances_EvenForTheRightCode(string provider)
    {
        await using var core = await CoreServices.CreateAsync(provider);
        var hotline = await core.CallerAtAsync("4111", Role.HotlineOperator);
        CreatedRequest created;
        await using (var scope = core.Scope())
        {
            var result = await scope.ServiceProvider.GetRequiredService<CreateRequest>()
                .HandleAsync(hotline, new(RequestChannel.Hotline, "0201", RequestsFixture.Binxi, "电梯停运两天了", Phone: "13912345678"));
            Assert.True(result.Ok, result.Failure?.Message.Zh);
            created = result.Value!;
        }
        var number = created.Request.TrackingNumber;
        var clock = new FixedClock(DateTime.UtcNow);

        // Each look-up in its own scope (its own DbContext), alternating two "instances": the count lives in the database.
        async Task<Linli.Core.Common.Result<RequestView>> LookUpAsync(string code)
        {
            await using var scope = core.Scope();
            var sp = scope.ServiceProvider;
            return await new TrackRequest(sp.GetRequiredService<LinliDb>(), sp.GetRequiredService<FieldProtector>(), sp.GetRequiredService<RequestDetails>(),
                new TrackLookupLimits(sp.GetRequiredService<LinliDb>(), sp.GetRequiredService<FieldProtector>(), clock))
                .HandleAsync(number.ToLowerInvariant(), code);
        }

        Assert.True((await LookUpAsync(created.VerificationCode)).Ok);
        var wrong = created.VerificationCode == "000000" ? "111111" : "000000";
        for (var i = 0; i < TrackLookupLimits.MaxFailures; i++)
        {
            var failed = await LookUpAsync(wrong);
            Assert.Equal("编号或查询码不正确", failed.Failure!.Message.Zh);
            clock.UtcNow = clock.UtcNow.AddMinutes(1);
        }
        var locked = await LookUpAsync(created.VerificationCode);
        Assert.False(locked.Ok);
        Assert.Equal("code", locked.Failure!.Field);
        Assert.Contains("错误次数过多", locked.Failure.Message.Zh);

        // Another number is not affected; this one opens again once the first failure leaves the window.
        clock.UtcNow = clock.UtcNow.AddMinutes(11);
        Assert.True((await LookUpAsync(created.VerificationCode)).Ok);
    }

    [Fact]
    public async Task PortalTrackPosts_AreRateLimitedPerClient_WithAChineseMessage()
    {
        await using var app = await TestApp.StartAsync(demo: false);
        using var client = app.Client();
        var statuses = new List<HttpStatusCode>();
        string? lastBody = null;
        for (var i = 0; i <= Linli.Features.Requests.PortalRateLimit.LookupsPerMinute; i++)
        {
            var (status, body, _) = await PortalTrackForm.PostAsync(client, $"Q20260101-{i:000000}", "123456");
            statuses.Add(status);
            lastBody = body;
            if (i == 0)
            {
                Assert.Contains("编号或查询码不正确", lastBody);
            }
        }
        Assert.All(statuses.Take(Linli.Features.Requests.PortalRateLimit.LookupsPerMinute), s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
        Assert.Contains("查询过于频繁", lastBody);
        // Opening the page is not limited.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/portal/track")).StatusCode);
    }
}
