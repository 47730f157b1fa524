using System.Net;
using Linli.Core.Common;
using Linli.Core.Common.Privacy;
using Linli.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Linli.Core.Features.Requests;

/// <summary>
/// Limits on wrong look-ups shared by both public look-ups — a request on the portal
/// (<see cref="TrackRequest"/>, Q-numbers) and an application on /services/track
/// (Catalogue's TrackApplication, B-numbers) — since both guard a six-digit code. Wrong look-ups
/// are rows in the database (<see cref="TrackLookupFailure"/>), shared by every instance, and three
/// limits pause look-ups — even with the right code, so the code cannot be guessed:
/// <see cref="MaxFailures"/> of one number from one client within <see cref="LockoutWindow"/>,
/// <see cref="MaxClientFailures"/> from one client within <see cref="DayWindow"/> (rotating numbers;
/// one budget for both look-ups), and <see cref="MaxNumberFailures"/> of one number from all clients
/// within <see cref="DayWindow"/> (many addresses). A pause lasts until enough failures leave their
/// window. Someone guessing one number from one address locks only themselves out; the resident,
/// elsewhere, is unaffected until the number's ceiling is reached. The two kinds of number never
/// collide (different prefixes), so the rows need no column saying which look-up wrote them.
/// </summary>
public sealed class TrackLookupLimits(LinliDb db, FieldProtector protector, TimeProvider clock)
{
    public const int MaxFailures = 5;
    public static readonly TimeSpan LockoutWindow = TimeSpan.FromMinutes(15);
    public const int MaxClientFailures = 20;
    public const int MaxNumberFailures = 100;
    public static readonly TimeSpan DayWindow = TimeSpan.FromDays(1);

    /// <summary>Longest tracking number stored with a failure; look-ups refuse longer ones before counting.</summary>
    public const int MaxNumberLength = 40;

    /// <summary>The pause that lasts longest among the limits reached (<see cref="FailureKind.TooMany"/>), or null.</summary>
    /// <param name="number">The normalised tracking number (trimmed, upper case, at most <see cref="MaxNumberLength"/>).</param>
    /// <param name="client">The client's address (behind trusted proxies, the forwarded one); null off the web.</param>
    public async Task<Failure?> PausedAsync(string number, IPAddress? client, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var hash = TrackClient.Hash(protector, client);
        var failures = db.Set<TrackLookupFailure>();
        var byClientAndNumber = await PausedUntilAsync(failures.Where(f => f.TrackingNumber == number && f.ClientHash == hash), MaxFailures, LockoutWindow, now, ct);
        var byClient = await PausedUntilAsync(failures.Where(f => f.ClientHash == hash), MaxClientFailures, DayWindow, now, ct);
        var byNumber = await PausedUntilAsync(failures.Where(f => f.TrackingNumber == number), MaxNumberFailures, DayWindow, now, ct);
        var until = new[] { byClientAndNumber, byClient, byNumber }.Max();
        if (until is null)
        {
            return null;
        }
        var wait = until.Value - now;
        var (zh, en) = wait < TimeSpan.FromHours(1)
            ? ($"{Math.Ceiling(wait.TotalMinutes):0}分钟", $"{Math.Ceiling(wait.TotalMinutes):0} minutes")
            : ($"{Math.Ceiling(wait.TotalHours):0}小时", $"{Math.Ceiling(wait.TotalHours):0} hours");
        if (until == byClient)
        {
            return Failure.TooMany(wait, null, $"您所在网络24小时内查询错误次数过多，已暂停查询，请{zh}后再试或致电热线",
                $"Too many wrong look-ups from your network in 24 hours; look-ups are paused. Try again in {en} or call the hotline");
        }
        if (until == byNumber)
        {
            return Failure.TooMany(wait, null, $"该编号24小时内查询错误次数过多，已暂停查询，请{zh}后再试或致电热线",
                $"Too many wrong look-ups of this number in 24 hours; look-ups are paused. Try again in {en} or call the hotline");
        }
        return Failure.TooMany(wait, "code", $"该编号查询码错误次数过多，已暂停查询，请{zh}后再试或致电热线",
            $"Too many wrong codes for this number; look-ups are paused. Try again in {en} or call the hotline");
    }

    /// <summary>Records a wrong look-up (wrong code or unknown number) and prunes rows past the longest window.</summary>
    public async Task RecordFailureAsync(string number, IPAddress? client, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var failures = db.Set<TrackLookupFailure>();
        var expired = now - DayWindow; // the longest window: older rows count for nothing
        await failures.Where(f => f.At < expired).ExecuteDeleteAsync(ct);
        failures.Add(new TrackLookupFailure { TrackingNumber = number, ClientHash = TrackClient.Hash(protector, client), At = now });
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// With at least <paramref name="max"/> of <paramref name="rows"/> inside the window, the time the
    /// <paramref name="max"/>-th newest leaves it (when the limit frees up); otherwise null.
    /// </summary>
    private static async Task<DateTime?> PausedUntilAsync(IQueryable<TrackLookupFailure> rows, int max, TimeSpan window, DateTime now, CancellationToken ct)
    {
        var since = now - window;
        var nth = await rows.Where(f => f.At > since).OrderByDescending(f => f.At).Skip(max - 1).Select(f => (DateTime?)f.At).FirstOrDefaultAsync(ct);
        return nth + window;
    }
}
