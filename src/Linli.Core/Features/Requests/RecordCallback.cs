using Linli.Core.Common;
using Linli.Core.Data;
using Linli.Core.Features.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Linli.Core.Features.Requests;

public sealed record CallbackCommand(long RequestId, int Version, bool Reached, bool? Resolved, bool? Satisfied, string? Note);

/// <summary>
/// Records a callback (回访) on a resolved request. Reached and satisfied → called back; reached and
/// not satisfied → reopened for handling again (不满意重办), with the resident's words as the note;
/// not reached → the callback is recorded and the request waits for another try (or closing).
/// </summary>
public sealed class RecordCallback(LinliDb db, TimeProvider clock)
{
    public async Task<Result<ServiceRequest>> HandleAsync(Caller caller, CallbackCommand command, CancellationToken ct = default)
    {
        var request = await db.ServiceRequests.VisibleTo(caller).FirstOrDefaultAsync(r => r.Id == command.RequestId, ct);
        if (request is null)
        {
            return RequestQueries.NotFound;
        }
        if (request.Version != command.Version)
        {
            return Failure.ConcurrentEdit;
        }
        if (command.Reached && (command.Resolved is null || command.Satisfied is null))
        {
            return Failure.Invalid(command.Resolved is null ? "resolved" : "satisfied",
                "联系上居民时，请选择“问题是否解决”和“是否满意”", "When the resident was reached, answer “resolved?” and “satisfied?”");
        }
        if (command.Note?.Trim().Length > 1000)
        {
            return Failure.Invalid("note", "回访记录不能超过1000个字", "The callback note must be at most 1000 characters");
        }
        var now = clock.GetUtcNow().UtcDateTime;
        if (command.Reached)
        {
            var (action, note) = command.Satisfied == true
                ? (RequestAction.CallBack, command.Note)
                : (RequestAction.Reopen, "回访不满意" + (string.IsNullOrWhiteSpace(command.Note) ? "" : "：" + command.Note.Trim()));
            var applied = request.Apply(action, caller.Role, caller.Name, caller.UserId, note, now);
            if (!applied.Ok)
            {
                return applied.Failure!;
            }
            if (action == RequestAction.Reopen)
            {
                await RestartDeadlines.AfterReopenAsync(db, request, now, ct);
            }
        }
        else
        {
            var check = RequestWorkflow.Check(request.Status, RequestAction.CallBack, caller.Role, null);
            if (!check.Ok)
            {
                return check.Failure!;
            }
            // Nothing changes but the row: bump the version so a stale form cannot record over it.
            request.UpdatedAt = now;
            db.Entry(request).Property(r => r.UpdatedAt).IsModified = true;
        }
        db.RequestCallbacks.Add(new RequestCallback
        {
            RequestId = request.Id,
            At = now,
            ByUserId = caller.UserId,
            ByName = caller.Name,
            Reached = command.Reached,
            Resolved = command.Reached ? command.Resolved : null,
            Satisfied = command.Reached ? command.Satisfied : null,
            Note = string.IsNullOrWhiteSpace(command.Note) ? null : command.Note.Trim(),
        });
        return await TransitionRequest.SaveAsync(db, request, ct);
    }
}
