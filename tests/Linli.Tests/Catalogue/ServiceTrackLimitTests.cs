using System.Net;
using Linli.Core.Common;
using Linli.Core.Common.Privacy;
using Linli.Core.Data;
using Linli.Core.Features.Catalogue;
using Linli.Core.Features.Requests;
using Linli.Features.Requests;
using Linli.Hosting;
using Linli.Tests.Infrastructure;
using Linli.Tests.Requests;
using Microsoft.Extensions.DependencyInjection;

namespace Linli.Tests.Catalogue;

/// <summary>The application look-up (/services/track) under the same limits as the portal's (TrackLookupLimits, PortalRateLimit).</summary>
public class ServiceTrackLimitTests
{
    private const string Page = "/services/track";
    private const string Form = "track-application";
    private static readonly IPAddress Attacker = IPAddress.Parse("203.0.113.7");
    private static readonly IPAddress Resident = IPAddress.Parse("198.51.100.9");

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task WrongCodesFromOneAddress_Answer429WithRetryAfter_TheRightCodeStillWorksFromAnotherAddress_AndNoAddressIsStored(string provider)
    {
        await using var app = await TestApp.StartAsync(provider, settings: [new(TrustedProxies.Setting, "127.0.0.1")]);
        var (number, code) = await CreateApplicationAsync(app);
        var wrong = code == "000000" ? "111111" : "000000";
        using var client = app.Client();

        for (var i = 0; i < TrackLookupLimits.MaxFailures; i++)
        {
            var (status, body, _) = await PortalTrackForm.PostAsync(client, number, wrong, Attacker.ToString(), Page, Form);
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Contains("编号或查询码不正确", body);
        }
        // Paused for that address, even with the right code; the page says so in Chinese, or in English when asked.
        var (paused, pausedBody, retryAfter) = await PortalTrackForm.PostAsync(client, number, code, Attacker.ToString(), Page, Form);
        Assert.Equal(HttpStatusCode.TooManyRequests, paused);
        Assert.Contains("该编号查询码错误次数过多，已暂停查询", pausedBody);
        Assert.DoesNotContain("id=\"track-result\"", pausedBody);
        Assert.InRange(retryAfter!.Value, TimeSpan.FromMinutes(14), TimeSpan.FromMinutes(15));
        (paused, pausedBody, _) = await PortalTrackForm.PostAsync(client, number, code, Attacker.ToString(), Page + "?culture=en", Form);
        Assert.Equal(HttpStatusCode.TooManyRequests, paused);
        Assert.Contains("Too many wrong codes for this number; look-ups are paused.", pausedBody);

        // The applicant, from another address, is not locked out.
        var (ok, okBody, _) = await PortalTrackForm.PostAsync(client, number, code, Resident.ToString(), Page, Form);
        Assert.Equal(HttpStatusCode.OK, ok);
        Assert.Contains("id=\"track-result\"", okBody);

        // Five rows: the number, a keyed hash of the address, the time — never the address.
        var rows = await TrackFailureRows.AssertPseudonymousAsync(app.Services, Attacker, TrackLookupLimits.MaxFailures);
        Assert.All(rows, row => Assert.Contains(number, row));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RotatingNumbersFromOneAddress_ArePaused_OneDailyBudgetWithThePortal_OtherAddressesGoOn(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var (number, code) = await CreateApplicationAsync(app);
        var clock = new FixedClock(DateTime.UtcNow);

        // A number too long to store is refused before it counts.
        Assert.Equal(FailureKind.Invalid, (await LookUpAsync(app, clock, new string('B', TrackLookupLimits.MaxNumberLength + 1), code, Attacker)).Failure?.Kind);

        // Half the day's budget spent on the portal, half here: the address has used it all.
        var half = TrackLookupLimits.MaxClientFailures / 2;
        for (var i = 0; i < half; i++)
        {
            await using var scope = app.Scope();
            var sp = scope.ServiceProvider;
            var portal = new TrackRequest(sp.GetRequiredService<LinliDb>(), sp.GetRequiredService<FieldProtector>(), sp.GetRequiredService<RequestDetails>(), Limits(sp, clock));
            Assert.Equal(FailureKind.NotFound, (await portal.HandleAsync($"Q20260101-{i:D6}", "123456", Attacker)).Failure?.Kind);
        }
        for (var i = half; i < TrackLookupLimits.MaxClientFailures; i++)
        {
            Assert.Equal(FailureKind.NotFound, (await LookUpAsync(app, clock, $"B20260101-{i:D6}", "123456", Attacker)).Failure?.Kind);
        }

        var paused = await LookUpAsync(app, clock, number, code, Attacker);
        Assert.Equal(FailureKind.TooMany, paused.Failure!.Kind);
        Assert.StartsWith("您所在网络24小时内查询错误次数过多", paused.Failure.Message.Zh);
        Assert.InRange(paused.Failure.RetryAfter!.Value, TrackLookupLimits.DayWindow - TimeSpan.FromSeconds(1), TrackLookupLimits.DayWindow);
        var found = await LookUpAsync(app, clock, number, code, Resident);
        Assert.True(found.Ok, found.Failure?.Message.Zh);
        Assert.Equal(number, found.Value!.Application.TrackingNumber);
        // A day later the address may look up again.
        Assert.True((await LookUpAsync(app, new FixedClock(DateTime.UtcNow.AddDays(1).AddMinutes(1)), number, code, Attacker)).Ok);
    }

    [Fact]
    public async Task ServiceTrackPosts_ShareThePortalsPerMinuteLimit_WithABilingualMessageAndABackLink()
    {
        await using var app = await TestApp.StartAsync(demo: false);
        using var client = app.Client();
        for (var i = 0; i < PortalRateLimit.LookupsPerMinute; i++)
        {
            var (status, _, _) = i % 2 == 0
                ? await PortalTrackForm.PostAsync(client, $"Q20260101-{i:D6}", "123456")
                : await PortalTrackForm.PostAsync(client, $"B20260101-{i:D6}", "123456", page: Page, formName: Form);
            Assert.Equal(HttpStatusCode.OK, status);
        }
        var (limited, body, retryAfter) = await PortalTrackForm.PostAsync(client, "B20260101-000099", "123456", page: Page, formName: Form);
        Assert.Equal(HttpStatusCode.TooManyRequests, limited);
        Assert.Equal(TimeSpan.FromMinutes(1), retryAfter);
        Assert.Contains("查询过于频繁", body);
        Assert.Contains("Too many look-ups", body);
        Assert.Contains("href=\"/services/track\"", body);
        // Opening the page is not limited.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(Page)).StatusCode);
    }

    private static async Task<(string Number, string Code)> CreateApplicationAsync(TestApp app)
    {
        using var community = await app.ApiClientAsync("shequ");
        var created = await ApplicationsFixture.CreateAsync(community, ApplicationsFixture.SeniorCard());
        return (created.GetProperty("trackingNumber").GetString()!, created.GetProperty("verificationCode").GetString()!);
    }

    /// <summary>Each look-up in its own scope (its own DbContext), on the given clock: whatever counts lives in the database.</summary>
    private static async Task<Result<ApplicationView>> LookUpAsync(TestApp app, TimeProvider clock, string number, string code, IPAddress client)
    {
        await using var scope = app.Scope();
        var sp = scope.ServiceProvider;
        return await new TrackApplication(sp.GetRequiredService<LinliDb>(), sp.GetRequiredService<FieldProtector>(), sp.GetRequiredService<ApplicationDetails>(), Limits(sp, clock))
            .HandleAsync(number, code, client);
    }

    private static TrackLookupLimits Limits(IServiceProvider sp, TimeProvider clock) =>
        new(sp.GetRequiredService<LinliDb>(), sp.GetRequiredService<FieldProtector>(), clock);
}
