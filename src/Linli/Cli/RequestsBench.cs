using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Runtime;
using System.Security.Cryptography;
using System.Text.Json;
using Linli.Core.Common;
using Linli.Core.Common.Privacy;
using Linli.Core.Data;
using Linli.Core.Features.Accounts;
using Linli.Core.Features.Bench;
using Linli.Core.Features.Hierarchy;
using Linli.Core.Features.Requests;
using Linli.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Console;
using Npgsql;
using NpgsqlTypes;

namespace Linli.Cli;

/// <summary>
/// `linli bench requests`: request intake over HTTP as a hotline system would call it. Starts the
/// real web host (Kestrel on loopback, the whole middleware pipeline) on the bench database, creates
/// a labelled hotline-operator account for one district, takes a bearer token once per client
/// (POST /api/v1/auth/token, as a real client does instead of sending its password every call), and
/// posts requests to POST /api/v1/requests from C concurrent clients: validation, routing suggestion,
/// duplicate check, phone encryption, tracking number, transition and audit all happen. In the same
/// run the same rows (counter upsert, request, its Receive transition) are written straight with
/// Npgsql from C connections: the ceiling. Every row the scenario wrote is deleted at the end, and
/// the account with it; the audit entries stay and name the account (bench-requests-…).
/// </summary>
public sealed class RequestsBench(IServiceProvider services, LinliPaths paths, IReadOnlyDictionary<string, string?> settings)
{
    public const string Label = "[bench]";
    private const int WarmUpRound = 200;
    private static readonly TimeSpan WarmUpWindow = TimeSpan.FromSeconds(5);

    public async Task<IReadOnlyList<BenchFigure>> RunAsync(string provinceCode, int clients, int requests, TimeSpan warmUpLimit, CancellationToken ct)
    {
        var db = services.GetRequiredService<LinliDb>();
        var fixture = await FixtureAsync(db, provinceCode, ct);
        var existing = await db.ServiceRequests.CountAsync(ct);
        var dataSize = $"{requests:N0} requests, {clients} clients, into {existing:N0} existing; {fixture.Places.Count} communities of {fixture.District.Name}, {fixture.Categories.Count} categories";
        var userName = $"bench-requests-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4))}";
        var password = $"Bench{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8))}1";
        var account = await services.GetRequiredService<CreateAccount>().HandleAsync(
            new(userName, "性能测试 / bench", password, Role.HotlineOperator, fixture.District.Code), ct);
        if (account.Failure is { } failure)
        {
            throw new InvalidOperationException($"{failure.Message.Zh} / {failure.Message.En}");
        }
        var userId = account.Value!.Id;
        try
        {
            var figures = new List<BenchFigure>();
            await using var probe = new NpgsqlConnection(db.Database.GetConnectionString());
            await probe.OpenAsync(ct);
            var server = await ServerCpu.FindAsync(probe, ct);
            await using (var web = await StartWebAsync(ct))
            {
                await using var stop = new StopOnDispose(web);
                var address = web.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
                using var http = await SignedInClientAsync(address, userName, password, clients, ct);
                var warmed = await WarmUpAsync(clients, warmUpLimit, i => PostAsync(http, fixture, i, ct));
                var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                var serverCpu = server?.Total();
                var (wall, latencies) = await RunClientsAsync(clients, requests, i => PostAsync(http, fixture, warmed + i, ct));
                cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
                serverCpu = server?.Total() - serverCpu;
                figures.AddRange(Figures("HTTP POST /api/v1/requests", requests, wall, latencies, dataSize));
                // Steadier than the rate on a shared machine: what one intake costs the app (and, in this one process, its clients).
                figures.Add(new("requests", "CPU of the Linli process per HTTP request", cpu.TotalMilliseconds / requests, "ms",
                    $"web host and its HTTP clients in one process, after {warmed:N0} warm-up requests; PostgreSQL not included"));
                if (serverCpu is { } used)
                {
                    figures.Add(new("requests", "CPU of PostgreSQL per HTTP request", used.TotalMilliseconds / requests, "ms", "all server processes"));
                }
            }
            var direct = await BaselineAsync(fixture, userId, clients, requests, server, ct);
            figures.AddRange(direct);
            var httpRate = figures[0].Value; // throughput comes first
            figures.Add(new("requests", "HTTP / Npgsql baseline", httpRate / direct[0].Value, "ratio", dataSize));
            return figures;
        }
        finally
        {
            await CleanUpAsync(db, userId, ct);
        }
    }

    /// <summary>Stops the host (its background services end cleanly) before it is disposed.</summary>
    private sealed class StopOnDispose(WebApplication web) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync() => await web.StopAsync(CancellationToken.None);
    }

    public sealed record Fixture(OrgUnit District, IReadOnlyList<OrgUnit> Places, IReadOnlyList<RequestCategory> Categories);

    /// <summary>The first district of the province that has communities; up to 200 of them; every leaf category.</summary>
    private static async Task<Fixture> FixtureAsync(LinliDb db, string provinceCode, CancellationToken ct)
    {
        var province = await db.OrgUnits.AsNoTracking().SingleAsync(u => u.Code == provinceCode, ct);
        var communities = db.OrgUnits.AsNoTracking().Under(province.OrgPath).Where(u => u.Kind == OrgUnitKind.Community);
        var first = await communities.OrderBy(u => u.Path).FirstOrDefaultAsync(ct)
            ?? throw new InvalidOperationException($"{province.Name} 下没有社区 / no communities under {provinceCode}");
        var district = await db.OrgUnits.AsNoTracking()
            .Where(u => u.Kind == OrgUnitKind.District || u.Kind == OrgUnitKind.City)
            .Where(u => first.Path.StartsWith(u.Path))
            .OrderByDescending(u => u.Kind).FirstAsync(ct);
        var places = await communities.Under(district.OrgPath).OrderBy(u => u.Path).Take(200).ToListAsync(ct);
        var categories = await db.RequestCategories.AsNoTracking()
            .Where(c => c.Active && !db.RequestCategories.Any(child => child.ParentId == c.Id && child.Active))
            .OrderBy(c => c.Code).ToListAsync(ct);
        return new(district, places, categories);
    }

    private async Task<WebApplication> StartWebAsync(CancellationToken ct)
    {
        var web = await LinliWebApp.CreateAsync(new("http://127.0.0.1:0", paths, LoadDemo: false), builder =>
        {
            builder.Configuration.AddInMemoryCollection(settings);
            // The host logs as `linli serve` does (one line per request included), but to stderr, so
            // that stdout carries only the bench's table or JSON.
            builder.Services.Configure<ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        }, ct);
        await web.StartAsync(ct);
        return web;
    }

    private static async Task<HttpClient> SignedInClientAsync(string address, string userName, string password, int clients, CancellationToken ct)
    {
        var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients, PooledConnectionLifetime = TimeSpan.FromMinutes(10) })
        {
            BaseAddress = new Uri(address),
        };
        using var token = await http.PostAsJsonAsync("/api/v1/auth/token", new { userName, password }, ct);
        if (!token.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"登录失败 / sign-in failed: {(int)token.StatusCode} {await token.Content.ReadAsStringAsync(ct)}");
        }
        using var body = JsonDocument.Parse(await token.Content.ReadAsStringAsync(ct));
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", body.RootElement.GetProperty("accessToken").GetString());
        return http;
    }

    private static async Task PostAsync(HttpClient http, Fixture fixture, int i, CancellationToken ct)
    {
        var draft = Draft(fixture, i);
        using var response = await http.PostAsJsonAsync("/api/v1/requests", new
        {
            channel = "Hotline", category = draft.Category.Code, place = draft.Place.Code, description = draft.Description,
            contactName = "测试", phone = draft.Phone,
        }, ct);
        if ((int)response.StatusCode != StatusCodes.Status201Created)
        {
            throw new InvalidOperationException($"POST /api/v1/requests: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(ct)}");
        }
    }

    private sealed record DraftRow(OrgUnit Place, RequestCategory Category, string Description, string Phone);

    /// <summary>Deterministic and spread over places and categories, so the duplicate check finds some and misses most.</summary>
    private static DraftRow Draft(Fixture fixture, int i) => new(
        fixture.Places[i % fixture.Places.Count],
        fixture.Categories[i / fixture.Places.Count % fixture.Categories.Count],
        $"{Label} 性能测试诉求 #{i}：楼道灯不亮，请尽快处理",
        string.Create(CultureInfo.InvariantCulture, $"139{i % 100_000_000:D8}"));

    /// <summary>
    /// Rounds of requests until the JIT has settled: tiered compilation (instrumented, then optimised
    /// with profile data) goes on for a minute or more on two busy cores and took up to half the CPU of
    /// a short run, which a server that runs for days never pays again. Stops when a five-second window
    /// spent under 2% of its wall time compiling, or after <paramref name="limit"/> (`--warm-up`, 120 s by default). Returns how many requests it made.
    /// </summary>
    private static async Task<int> WarmUpAsync(int clients, TimeSpan limit, Func<int, Task> call)
    {
        var made = 0;
        var started = Stopwatch.GetTimestamp();
        while (true)
        {
            // Judge the JIT over windows of a few seconds: tiering compiles in bursts, and a short
            // round can fall between two of them.
            var jit = JitInfo.GetCompilationTime();
            var window = Stopwatch.GetTimestamp();
            do
            {
                var from = made;
                await RunClientsAsync(clients, WarmUpRound, i => call(from + i));
                made += WarmUpRound;
            }
            while (Stopwatch.GetElapsedTime(window) < WarmUpWindow);
            if ((JitInfo.GetCompilationTime() - jit) < Stopwatch.GetElapsedTime(window) * 0.02 || Stopwatch.GetElapsedTime(started) > limit)
            {
                return made;
            }
        }
    }

    /// <summary>C tasks take the next index until <paramref name="count"/> are done; wall time and per-call latencies.</summary>
    private static async Task<(TimeSpan Wall, double[] Latencies)> RunClientsAsync(int clients, int count, Func<int, Task> call)
    {
        var latencies = new ConcurrentBag<double>();
        var next = -1;
        var started = Stopwatch.GetTimestamp();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(_ => Task.Run(async () =>
        {
            for (var i = Interlocked.Increment(ref next); i < count; i = Interlocked.Increment(ref next))
            {
                var t = Stopwatch.GetTimestamp();
                await call(i);
                latencies.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
            }
        })));
        return (Stopwatch.GetElapsedTime(started), latencies.ToArray());
    }

    private static List<BenchFigure> Figures(string what, int count, TimeSpan wall, double[] latencies, string dataSize)
    {
        var timed = new Latencies(latencies);
        return
        [
            new("requests", $"{what} throughput", count / wall.TotalSeconds, "requests/s", dataSize),
            new("requests", $"{what} p50", timed.Percentile(50), "ms", dataSize),
            new("requests", $"{what} p95", timed.Percentile(95), "ms", dataSize),
            new("requests", $"{what} p99", timed.Percentile(99), "ms", dataSize),
        ];
    }

    /// <summary>
    /// The rows an intake writes, straight from Npgsql with the same concurrency: the day's counter
    /// upsert on its own statement (as the intake did before its block allocation), then the request
    /// and its Receive transition in one transaction. Values are computed in memory first (calendar,
    /// encryption) so only the database work is timed against the HTTP path's everything.
    /// </summary>
    private async Task<List<BenchFigure>> BaselineAsync(Fixture fixture, string userId, int clients, int requests, ServerCpu? server, CancellationToken ct)
    {
        var db = services.GetRequiredService<LinliDb>();
        var protector = services.GetRequiredService<FieldProtector>();
        var calendar = await WorkCalendarLoader.LoadAsync(db, ct);
        var clock = services.GetRequiredService<TimeProvider>();
        await using var source = NpgsqlDataSource.Create(db.Database.GetConnectionString()!);
        var serverCpu = server?.Total();
        var (wall, latencies) = await RunClientsAsync(clients, requests, async i =>
        {
            var draft = Draft(fixture, i);
            var now = clock.GetUtcNow().UtcDateTime;
            var day = WorkCalendar.LocalDate(now);
            await using var connection = await source.OpenConnectionAsync(ct);
            await using var counter = new NpgsqlCommand("""
                INSERT INTO request_number_counters ("Day", "Last") VALUES ($1, 1)
                ON CONFLICT ("Day") DO UPDATE SET "Last" = request_number_counters."Last" + 1 RETURNING "Last"
                """, connection);
            counter.Parameters.Add(new() { Value = day, NpgsqlDbType = NpgsqlDbType.Date });
            var number = TrackingNumbers.Format(day, (int)(await counter.ExecuteScalarAsync(ct))!);
            await using var tx = await connection.BeginTransactionAsync(ct);
            await using var insert = new NpgsqlCommand("""
                INSERT INTO service_requests ("TrackingNumber", "VerificationHash", "Channel", "CategoryId", "PlaceUnitId", "Path", "EstateId",
                    "Description", "ContactName", "PhoneCipher", "PhoneHash", "PhoneMasked", "NotifyOptIn", "Status", "ReceivedAt",
                    "ResponseDueAt", "ResolutionDueAt", "EscalationLevel", "ReopenCount", "CreatedBy", "IsDemo", "Version", "UpdatedAt")
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, FALSE, $13, $14, $15, $16, 0, 0, $17, FALSE, 0, $14) RETURNING "Id"
                """, connection, tx);
            insert.Parameters.AddRange(new object?[]
            {
                number, TrackingNumbers.HashCode(protector, number, TrackingNumbers.NewVerificationCode()), (int)RequestChannel.Hotline,
                draft.Category.Id, draft.Place.Id, draft.Place.Path, (object?)draft.Place.EstateId ?? DBNull.Value, draft.Description, "测试",
                protector.Encrypt(draft.Phone), protector.Hash(draft.Phone), Mask.Phone(draft.Phone), (int)RequestStatus.Received, now,
                calendar.AddWorkingHours(now, draft.Category.ResponseHours), calendar.AddWorkingDays(now, draft.Category.ResolutionDays), userId,
            }.Select(v => new NpgsqlParameter { Value = v }).ToArray());
            var id = (long)(await insert.ExecuteScalarAsync(ct))!;
            await using var transition = new NpgsqlCommand("""
                INSERT INTO request_transitions ("RequestId", "At", "Action", "To", "ActorId", "ActorName", "ActorRole", "Note")
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
                """, connection, tx);
            transition.Parameters.AddRange(new object[] { id, now, (int)RequestAction.Receive, (int)RequestStatus.Received, userId, "性能测试 / bench", (int)Role.HotlineOperator, "热线" }
                .Select(v => new NpgsqlParameter { Value = v }).ToArray());
            await transition.ExecuteNonQueryAsync(ct);
            await tx.CommitAsync(ct);
        });
        // Read before the data source closes its connections: a backend that has just ended may show no CPU until it is reaped.
        serverCpu = server?.Total() - serverCpu;
        var figures = Figures("Npgsql baseline (counter + request + transition)", requests, wall, latencies, "same rows, same clients");
        if (serverCpu is { } used)
        {
            figures.Add(new("requests", "CPU of PostgreSQL per baseline request", used.TotalMilliseconds / requests, "ms", "all server processes"));
        }
        return figures;
    }

    /// <summary>Requests of the bench account (HTTP and baseline; transitions cascade), then the account.</summary>
    private static async Task CleanUpAsync(LinliDb db, string userId, CancellationToken ct)
    {
        await db.ServiceRequests.Where(r => r.CreatedBy == userId).ExecuteDeleteAsync(ct);
        await db.Users.Where(u => u.Id == userId).ExecuteDeleteAsync(ct);
    }
}
