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
    /// Takes the next number of the Beijing day in one atomic upsert on its own (autocommitted)
    /// statement, so the counter row is locked only for that statement, not the whole intake.
    /// A number taken by an intake that then fails is simply skipped.
    /// </summary>
    public static async Task<string> NextAsync(LinliDb db, DateTime nowUtc, CancellationToken ct)
    {
        var day = WorkCalendar.LocalDate(nowUtc);
        var sequence = await db.Database.SqlQuery<int>($"""
            INSERT INTO request_number_counters ("Day", "Last") VALUES ({day}, 1)
            ON CONFLICT ("Day") DO UPDATE SET "Last" = request_number_counters."Last" + 1
            RETURNING "Last" AS "Value"
            """).ToListAsync(ct);
        return Format(day, sequence[0]);
    }

    public static string Format(DateOnly day, int sequence) =>
        string.Create(CultureInfo.InvariantCulture, $"Q{day:yyyyMMdd}-{sequence:D6}");

    public static string NewVerificationCode() =>
        RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", CultureInfo.InvariantCulture);

    /// <summary>Keyed hash of the code bound to its tracking number: equal codes on two requests hash differently.</summary>
    public static byte[] HashCode(FieldProtector protector, string trackingNumber, string code) =>
        protector.Hash($"request-code:{trackingNumber.Trim().ToUpperInvariant()}:{code.Trim()}");
}
