using Linli.Core.Common;
using Linli.Core.Data;
using Linli.Core.Features.Accounts;
using Linli.Core.Features.Requests;
using Microsoft.EntityFrameworkCore;

namespace Linli.Core.Features.Catalogue;

public sealed record ApplicationMove(long ApplicationId, ApplicationAction Action, int Version, string? Note = null);

/// <summary>
/// One move on an application for a staff member of the handling unit (or a unit above it). The
/// Version is the one the person saw: a stale one, or a concurrent save, is a conflict.
/// </summary>
public sealed class TransitionApplication(LinliDb db, TimeProvider clock)
{
    public async Task<Result<ServiceApplication>> HandleAsync(Caller caller, ApplicationMove move, CancellationToken ct = default)
    {
        var application = await db.ServiceApplications.VisibleTo(caller).Include(a => a.History).FirstOrDefaultAsync(a => a.Id == move.ApplicationId, ct);
        if (application is null)
        {
            return ApplicationQueries.NotFound;
        }
        if (!ApplicationWorkflow.Handles(caller.Role) || !caller.CanSee(application.HandlingPath))
        {
            return Failure.Forbidden("该办件不由您的单位承办", "This application is not handled by your unit");
        }
        if (move.Action == ApplicationAction.Submit)
        {
            return Failure.Invalid("action", "“提交”不是办理操作", "Submit is not a handling move");
        }
        if (application.Version != move.Version)
        {
            return Failure.ConcurrentEdit;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var applied = application.Apply(move.Action, caller.Name, caller.UserId, move.Note, now);
        if (!applied.Ok)
        {
            return applied.Failure!;
        }
        if (move.Action == ApplicationAction.Resubmit)
        {
            MaterialsPause.ExtendDue(application, await WorkCalendarLoader.LoadAsync(db, ct), now);
        }
        try
        {
            await db.SaveChangesAsync(ct);
            return application;
        }
        catch (DbUpdateConcurrencyException)
        {
            return Failure.ConcurrentEdit;
        }
    }
}
