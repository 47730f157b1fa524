using Linli.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Linli.Core.Features.Requests;

public static class WorkCalendarLoader
{
    /// <summary>The calendar as the calendar_days table defines it today (a few dozen rows a year).</summary>
    public static async Task<WorkCalendar> LoadAsync(LinliDb db, CancellationToken ct = default) =>
        new(await db.CalendarDays.AsNoTracking().ToListAsync(ct));
}
