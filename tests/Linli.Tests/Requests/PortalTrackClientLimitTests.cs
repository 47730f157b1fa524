using System.Data.Common;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Linli.Core;
using Linli.Core.Common;
using Linli.Core.Common.Privacy;
using Linli.Core.Data;
using Linli.Core.Features.Accounts;
using Linli.Core.Features.Requests;
using Linli.Hosting;
using Linli.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Linli.Tests.Requests;

/// <summary>The portal look-up's limits per client address, kept in the database (0020).</summary>
public class PortalTrackClientLimitTests
{
    private static readonly IPAddress Attacker = IPAddress.Parse("203.0.113.7");
    private static readonly IPAddress Resident = IPAddress.Parse("198.51.100.9");

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RotatingNumbers_FromOneAddress_ArePausedAfter20Failures_AlsoOnAnotherInstance_AndNoAddressIsStored(string provider)
    {
        await using var core = await CoreServices.CreateAsync(provider);
        var (number, code) = await CreateRequestAsync(core);
        var t0 = WholeSecond(DateTime.UtcNow);

        // Successful look-ups do not count, however many.
        for (var i = 0; i < TrackLookupLimits.MaxClientFailures + 1; i++)
        {
            Assert.True((await LookUpAsync(core.Services, new FixedClock(t0), number, code, Attacker)).Ok);
        }
        Assert.Equal(0, await FailureCountAsync(core.Services));

        for (var i = 0; i < TrackLookupLimits.MaxClientFailures; i++)
        {
            var wrong = await LookUpAsync(core.Services, new FixedClock(t0.AddMinutes(i)), $"Q20260101-{i:D6}", "123456", Attacker);
            Assert.Equal(FailureKind.NotFound, wrong.Failure!.Kind);
        }

        // A second instance (its own service provider on the same database and key, as after a
        // restart) sees the same failures: the next number from that address is paused ...
        var later = new FixedClock(t0.AddMinutes(30));
        await using var second = SecondInstance(core);
        var paused = await LookUpAsync(second, later, "Q20260101-999999", "123456", Attacker);
        Assert.Equal(FailureKind.TooMany, paused.Failure!.Kind);
        Assert.Null(paused.Failure.Field);
        Assert.StartsWith("您所在网络24小时内查询错误次数过多", paused.Failure.Message.Zh);
        Assert.Contains("Too many wrong look-ups from your network", paused.Failure.Message.En);
        // ... until the oldest failure is a day old (it was written at t0).
        Assert.Equal(TimeSpan.FromDays(1) - TimeSpan.FromMinutes(30), paused.Failure.RetryAfter);
        // Even the right code waits, or guessing would go on; other addresses are not affected.
        Assert.Equal(FailureKind.TooMany, (await LookUpAsync(second, later, number, code, Attacker)).Failure?.Kind);
        Assert.True((await LookUpAsync(second, later, number, code, Resident)).Ok);
        Assert.True((await LookUpAsync(second, new FixedClock(t0.AddDays(1).AddSeconds(1)), number, code, Attacker)).Ok);

        // Rows hold the number, a 16-byte keyed hash of the address and the time: never the address.
        await TrackFailureRows.AssertPseudonymousAsync(core.Services, Attacker, TrackLookupLimits.MaxClientFailures);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task WrongCodes_PauseTheNumberForThatAddressOnly_AndEveryAddressOnceTheNumbersCeilingIsReached(string provider)
    {
        await using var core = await CoreServices.CreateAsync(provider);
        var (number, code) = await CreateRequestAsync(core);
        var wrong = code == "000000" ? "111111" : "000000";
        var t0 = WholeSecond(DateTime.UtcNow);

        for (var i = 0; i < TrackLookupLimits.MaxFailures; i++)
        {
            Assert.Equal(FailureKind.NotFound, (await LookUpAsync(core.Services, new FixedClock(t0), number, wrong, Attacker)).Failure?.Kind);
        }
        var locked = await LookUpAsync(core.Services, new FixedClock(t0.AddMinutes(1)), number, code, Attacker);
        Assert.Equal(FailureKind.TooMany, locked.Failure!.Kind);
        Assert.Equal("code", locked.Failure.Field);
        Assert.Equal("该编号查询码错误次数过多，已暂停查询，请14分钟后再试或致电热线", locked.Failure.Message.Zh);
        // Knowing the number is not enough to lock the resident out.
        Assert.True((await LookUpAsync(core.Services, new FixedClock(t0.AddMinutes(1)), number, code, Resident)).Ok);
        Assert.True((await LookUpAsync(core.Services, new FixedClock(t0.AddMinutes(15).AddSeconds(1)), number, code, Attacker)).Ok);

        // Spread over many addresses (an IPv6 /64 counts as one), the number still pauses at its ceiling.
        for (var i = TrackLookupLimits.MaxFailures; i < TrackLookupLimits.MaxNumberFailures; i++)
        {
            var address = IPAddress.Parse($"2001:db8:{i:x}::1");
            Assert.Equal(FailureKind.NotFound, (await LookUpAsync(core.Services, new FixedClock(t0.AddMinutes(20)), number, wrong, address)).Failure?.Kind);
        }
        var ceiling = await LookUpAsync(core.Services, new FixedClock(t0.AddMinutes(20)), number, code, Resident);
        Assert.Equal(FailureKind.TooMany, ceiling.Failure!.Kind);
        Assert.StartsWith("该编号24小时内查询错误次数过多", ceiling.Failure.Message.Zh);
        Assert.Contains("请24小时后再试", ceiling.Failure.Message.Zh);
        // Other numbers from the same address go on.
        Assert.Equal(FailureKind.NotFound, (await LookUpAsync(core.Services, new FixedClock(t0.AddMinutes(20)), "Q20260101-000001", code, Resident)).Failure?.Kind);
    }

    [Fact]
    public void ClientKey_CountsIpv6ByItsSlash64_AndMappedIpv4AsIpv4()
    {
        Assert.Equal(TrackClient.Key(IPAddress.Parse("2001:db8:1:2:aaaa::1")), TrackClient.Key(IPAddress.Parse("2001:db8:1:2:bbbb::2")));
        Assert.NotEqual(TrackClient.Key(IPAddress.Parse("2001:db8:1:2::1")), TrackClient.Key(IPAddress.Parse("2001:db8:1:3::1")));
        Assert.Equal("203.0.113.7", TrackClient.Key(IPAddress.Parse("::ffff:203.0.113.7")));
        Assert.Throws<InvalidOperationException>(() => TrustedProxies.Parse("10.0.0.1, nginx"));
        Assert.Null(TrustedProxies.Parse(" "));
        Assert.Equal(new[] { "10.0.0.1/32", "10.1.0.0/16", "::1/128" }, TrustedProxies.Parse("10.0.0.1, 10.1.0.0/16,::1")!.Select(n => n.ToString()));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task PortalPage_CountsTheForwardedAddressOfATrustedProxy_AndAnswers429WithRetryAfter(string provider)
    {
        await using var app = await TestApp.StartAsync(provider, demo: false, settings: [new(TrustedProxies.Setting, "127.0.0.1, 10.0.0.0/8")]);
        using var client = app.Client();
        var (status, body, _) = await PortalTrackForm.PostAsync(client, "Q20260101-000001", "123456", forwardedFor: Attacker.ToString());
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("编号或查询码不正确", body);
        var protector = app.Services.GetRequiredService<FieldProtector>();
        Assert.Equal(TrackClient.Hash(protector, Attacker), Assert.Single(await ClientHashesAsync(app.Services)));

        // The rest of the address's day of failures, as other instances would have written them.
        await using (var scope = app.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LinliDb>();
            db.Set<TrackLookupFailure>().AddRange(Enumerable.Range(2, TrackLookupLimits.MaxClientFailures - 1)
                .Select(i => new TrackLookupFailure { TrackingNumber = $"Q20260101-{i:D6}", ClientHash = TrackClient.Hash(protector, Attacker), At = DateTime.UtcNow }));
            await db.SaveChangesAsync();
        }
        (status, body, var retryAfter) = await PortalTrackForm.PostAsync(client, "Q20260101-000099", "123456", forwardedFor: Attacker.ToString());
        Assert.Equal(HttpStatusCode.TooManyRequests, status);
        Assert.Contains("您所在网络24小时内查询错误次数过多", body);
        Assert.InRange(retryAfter!.Value, TimeSpan.FromHours(23), TimeSpan.FromDays(1));
        (status, _, _) = await PortalTrackForm.PostAsync(client, "Q20260101-000099", "123456", forwardedFor: Resident.ToString());
        Assert.Equal(HttpStatusCode.OK, status);
    }

    [Fact]
    public async Task PortalPage_IgnoresXForwardedFor_FromAPeerThatIsNotATrustedProxy()
    {
        await using var app = await TestApp.StartAsync(demo: false, settings: [new(TrustedProxies.Setting, "10.0.0.1")]);
        using var client = app.Client();
        var (status, _, _) = await PortalTrackForm.PostAsync(client, "Q20260101-000001", "123456", forwardedFor: Attacker.ToString());
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(TrackClient.Hash(app.Services.GetRequiredService<FieldProtector>(), IPAddress.Loopback), Assert.Single(await ClientHashesAsync(app.Services)));
    }

    private static async Task<(string Number, string Code)> CreateRequestAsync(CoreServices core)
    {
        var hotline = await core.CallerAtAsync("4111", Role.HotlineOperator);
        await using var scope = core.Scope();
        var result = await scope.ServiceProvider.GetRequiredService<CreateRequest>()
            .HandleAsync(hotline, new(RequestChannel.Hotline, "0201", RequestsFixture.Binxi, "楼道灯不亮", Phone: "13912345678"));
        Assert.True(result.Ok, result.Failure?.Message.Zh);
        return (result.Value!.Request.TrackingNumber, result.Value.VerificationCode);
    }

    /// <summary>Each look-up in its own scope (its own DbContext): whatever counts lives in the database.</summary>
    private static async Task<Result<RequestView>> LookUpAsync(IServiceProvider services, TimeProvider clock, string number, string code, IPAddress client)
    {
        await using var scope = services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        return await new TrackRequest(sp.GetRequiredService<LinliDb>(), sp.GetRequiredService<FieldProtector>(), sp.GetRequiredService<RequestDetails>(),
                new TrackLookupLimits(sp.GetRequiredService<LinliDb>(), sp.GetRequiredService<FieldProtector>(), clock))
            .HandleAsync(number, code, client);
    }

    private static ServiceProvider SecondInstance(CoreServices core)
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(core.Database.Settings).Build();
        return new ServiceCollection().AddLogging().AddLinliCore(config, new LinliPaths(core.Database.DataDirectory, LinliPaths.FindHome())).BuildServiceProvider();
    }

    private static async Task<int> FailureCountAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LinliDb>().Set<TrackLookupFailure>().CountAsync();
    }

    private static async Task<List<byte[]?>> ClientHashesAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LinliDb>().Set<TrackLookupFailure>().Select(f => f.ClientHash).ToListAsync();
    }

    /// <summary>PostgreSQL keeps microseconds: a whole second reads back exactly on both stores.</summary>
    private static DateTime WholeSecond(DateTime utc) => new(utc.Ticks - utc.Ticks % TimeSpan.TicksPerSecond, DateTimeKind.Utc);
}

/// <summary>The look-up failure rows as stored: every column of every row, read past the model.</summary>
internal static class TrackFailureRows
{
    /// <summary>
    /// Asserts <paramref name="count"/> rows of four columns (id, number, hash, time), each holding the
    /// keyed hash of <paramref name="client"/> and nowhere its address; returns them.
    /// </summary>
    public static async Task<List<List<object>>> AssertPseudonymousAsync(IServiceProvider services, IPAddress client, int count)
    {
        var rows = await AllAsync(services);
        Assert.Equal(count, rows.Count);
        var hash = TrackClient.Hash(services.GetRequiredService<FieldProtector>(), client);
        Assert.All(rows, row =>
        {
            Assert.Equal(4, row.Count);
            Assert.Contains(row, v => v is byte[] b && b.AsSpan().SequenceEqual(hash));
            Assert.DoesNotContain(row, v => Text(v).Contains(client.ToString(), StringComparison.Ordinal));
        });
        return rows;
    }

    private static async Task<List<List<object>>> AllAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LinliDb>();
        await db.Database.OpenConnectionAsync();
        await using var cmd = db.Database.GetDbConnection().CreateCommand();
        cmd.CommandText = "SELECT * FROM track_lookup_failures";
        await using DbDataReader reader = await cmd.ExecuteReaderAsync();
        var rows = new List<List<object>>();
        while (await reader.ReadAsync())
        {
            rows.Add(Enumerable.Range(0, reader.FieldCount).Select(reader.GetValue).ToList());
        }
        return rows;
    }

    /// <summary>A column's value as text (bytes as Latin-1), to search it for an address.</summary>
    private static string Text(object value) => value is byte[] b ? Encoding.Latin1.GetString(b) : Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "";
}

/// <summary>
/// Posts a public look-up form as a browser does: antiforgery token from the page, then the form.
/// The portal's by default; <paramref name="page"/> and <paramref name="formName"/> name another
/// (/services/track, "track-application").
/// </summary>
internal static partial class PortalTrackForm
{
    public static async Task<(HttpStatusCode Status, string Body, TimeSpan? RetryAfter)> PostAsync(HttpClient client, string number, string code,
        string? forwardedFor = null, string page = "/portal/track", string formName = "track")
    {
        var form = await client.GetStringAsync(page);
        var token = AntiforgeryToken().Match(form).Groups[1].Value;
        using var post = new HttpRequestMessage(HttpMethod.Post, page)
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["_handler"] = formName,
                ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
                ["Input.TrackingNumber"] = number,
                ["Input.Code"] = code,
            }),
        };
        if (forwardedFor is not null)
        {
            post.Headers.Add("X-Forwarded-For", forwardedFor);
        }
        using var response = await client.SendAsync(post);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(), response.Headers.RetryAfter?.Delta);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
