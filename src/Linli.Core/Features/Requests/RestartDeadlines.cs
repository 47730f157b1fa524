using Linli.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Linli.Core.Features.Requests;

/// <summary>
/// A reopened request (不满意重办 at callback, or a supervisor's reopen) is a new round of work: it
/// gets the category's response and resolution limits again, counted from the reopen time, and the
/// sweeper's warning and overdue marks are cleared so it warns and escalates this round too.
/// RespondedAt is cleared with them: the unit must sign for it again, and the response rate then
/// compares that signing with the new response due time (the first signing stays in the history).
/// </summary>
public static class RestartDeadlines
{
    public static async Task AfterReopenAsync(LinliDb db, ServiceRequest request, DateTime reopenedAt, CancellationToken ct)
    {
        var limits = await db.RequestCategories.AsNoTracking().Where(c => c.Id == request.CategoryId)
            .Select(c => new { c.ResponseHours, c.ResolutionDays }).FirstAsync(ct);
        var calendar = await WorkCalendarLoader.LoadAsync(db, ct);
        request.ResponseDueAt = calendar.AddWorkingHours(reopenedAt, limits.ResponseHours);
        request.ResolutionDueAt = calendar.AddWorkingDays(reopenedAt, limits.ResolutionDays);
        (request.RespondedAt, request.WarnedAt, request.OverdueAt) = (null, null, null);
    }
}
