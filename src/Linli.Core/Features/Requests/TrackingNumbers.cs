using System.Globalization;
using System.Security.Cryptography;
using Linli.Core.Common.Privacy;
using Linli.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Linli.Core.Features.Requests;

/// <summary>Tracking numbers (Q20261201-000123) and the verification codes residents use to look a request up.</summary>
public static class TrackingNumbers
{
    /// <summary>
    /// Reserves the next <paramref name="count"/> numbers of the Beijing day in one atomic upsert on
    /// its own (autocommitted) statement, so the counter row is locked only for that statement, not
    /// the whole intake; returns the last number reserved. A number taken by an intake that then
    /// fails is simply skipped. Intakes take their numbers through <see cref="TrackingNumberBlocks"/>.
    /// </summary>
    public static async Task<int> ReserveAsync(LinliDb db, DateOnly day, int count, CancellationToken ct)
    {
        var last = await db.Database.SqlQuery<int>($"""
            INSERT INTO request_number_counters ("Day", "Last") VALUES ({day}, {count})
            ON CONFLICT ("Day") DO UPDATE SET "Last" = request_number_counters."Last" + {count}
            RETURNING "Last" AS "Value"
            """).ToListAsync(ct);
        return last[0];
    }

    public static string Format(DateOnly day, int sequence) =>
        string.Create(CultureInfo.InvariantCulture, $"Q{day:yyyyMMdd}-{sequence:D6}");

    public static string NewVerificationCode() =>
        RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", CultureInfo.InvariantCulture);

    /// <summary>Keyed hash of the code bound to its tracking number: equal codes on two requests hash differently.</summary>
    public static byte[] HashCode(FieldProtector protector, string trackingNumber, string code) =>
        protector.Hash($"request-code:{trackingNumber.Trim().ToUpperInvariant()}:{code.Trim()}");
}
