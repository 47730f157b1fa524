using System.Globalization;
using Linli.Core.Data;
using Linli.Core.Features.Requests;
using Microsoft.EntityFrameworkCore;

namespace Linli.Core.Features.Catalogue;

/// <summary>The day's last application number; its own counter so request numbers keep their sequence.</summary>
public sealed class ApplicationNumberCounter
{
    public DateOnly Day { get; set; }
    public int Last { get; set; }
}

/// <summary>Application tracking numbers (B20261201-000042); verification codes are the requests' (<see cref="TrackingNumbers"/>).</summary>
public static class ApplicationNumbers
{
    /// <summary>Same atomic upsert as request numbers: the counter row is locked for this statement only.</summary>
    public static async Task<string> NextAsync(LinliDb db, DateTime nowUtc, CancellationToken ct)
    {
        var day = WorkCalendar.LocalDate(nowUtc);
        var sequence = await db.Database.SqlQuery<int>($"""
            INSERT INTO application_number_counters ("Day", "Last") VALUES ({day}, 1)
            ON CONFLICT ("Day") DO UPDATE SET "Last" = application_number_counters."Last" + 1
            RETURNING "Last" AS "Value"
            """).ToListAsync(ct);
        return Format(day, sequence[0]);
    }

    public static string Format(DateOnly day, int sequence) =>
        string.Create(CultureInfo.InvariantCulture, $"B{day:yyyyMMdd}-{sequence:D6}");
}
