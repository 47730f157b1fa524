using Linli.Core.Common;
using Linli.Core.Data;
using Linli.Core.Features.Accounts;
using Linli.Core.Features.Hierarchy;
using Microsoft.EntityFrameworkCore;

namespace Linli.Core.Features.Requests;

/// <summary>A workflow move as a form or the API sends it. Version is the one the person saw: a stale one is a conflict.</summary>
public sealed record TransitionCommand(long RequestId, RequestAction Action, int Version, string? Note = null, string? ToUnitCode = null, string? MergeIntoTrackingNumber = null);

/// <summary>
/// Applies one move of the state machine for a person. Beyond the role table, where the person sits
/// matters: handling moves (accept, start, resolve, return) belong to the assigned unit or a unit
/// above it; routing goes to a unit inside the dispatcher's area; escalation goes to the parent of
/// the handling unit. Two people acting on the same version: the second gets a conflict.
/// </summary>
public sealed class TransitionRequest(LinliDb db, TimeProvider clock)
{
    private static readonly HashSet<RequestAction> HandlingActions = [RequestAction.Accept, RequestAction.Start, RequestAction.Resolve, RequestAction.Return];

    public async Task<Result<ServiceRequest>> HandleAsync(Caller caller, TransitionCommand command, CancellationToken ct = default)
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
        if (ScopeFailure(request, caller, command.Action) is { } scope)
        {
            return scope;
        }
        if (RequestWorkflow.CallbackOnlyFailure(command.Action) is { } callbackOnly)
        {
            return callbackOnly;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        long? toUnit = null;
        string? toPath = null;
        var note = command.Note;
        switch (command.Action)
        {
            case RequestAction.Route:
                var target = string.IsNullOrWhiteSpace(command.ToUnitCode) ? null
                    : await db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(o => o.Code == command.ToUnitCode.Trim(), ct);
                if (target is null || !caller.CanSee(target.Path))
                {
                    return Failure.Invalid("toUnit", "请选择派往单位（须在您的管辖范围内）", "Choose the unit to route to (within your area)");
                }
                (toUnit, toPath) = (target.Id, target.Path);
                break;
            case RequestAction.Escalate:
                var parent = await ParentOfHandlerAsync(request, ct);
                if (parent is null)
                {
                    return Failure.Invalid("action", "已是最高一级，无法再升级", "Already at the top level; it cannot be escalated");
                }
                (toUnit, toPath) = (parent.Id, parent.Path);
                break;
            case RequestAction.Close:
                if (RequestWorkflow.RuleFor(RequestAction.Close)!.From.Contains(request.Status) && !await HasCallbackSinceResolvedAsync(db, request, ct))
                {
                    return Failure.Invalid("action", "“归档”前须先记录回访（联系不上也须记录）", "Record a callback before “Close” (also when the resident could not be reached)");
                }
                break;
            case RequestAction.Merge:
                var number = command.MergeIntoTrackingNumber?.Trim().ToUpperInvariant() ?? "";
                var into = number.Length == 0 ? null
                    : await db.ServiceRequests.VisibleTo(caller).FirstOrDefaultAsync(r => r.TrackingNumber == number, ct);
                if (into?.MergedIntoId == request.Id)
                {
                    // The crossing merge (target into this one) committed between our two reads: it won.
                    return Failure.ConcurrentEdit;
                }
                if (into is null || into.Id == request.Id || !into.Status.IsOpen())
                {
                    return Failure.Invalid("mergeInto", "请填写要合并到的、仍在办理中的诉求编号", "Give the tracking number of an open request to merge into");
                }
                request.MergedIntoId = into.Id;
                // Touch the target too, so its Version is checked and bumped in the same save: of two crossing
                // merges (A into B, B into A) one wins and the other is a conflict. EF writes the two rows in
                // key order, so the crossing saves on PostgreSQL wait for each other instead of deadlocking.
                into.UpdatedAt = now;
                db.Entry(into).Property(r => r.UpdatedAt).IsModified = true;
                note = string.IsNullOrWhiteSpace(note) ? $"合并至 {into.TrackingNumber}" : $"合并至 {into.TrackingNumber}：{note.Trim()}";
                break;
        }
        var applied = request.Apply(command.Action, caller.Role, caller.Name, caller.UserId, note, now, toUnit, toPath);
        if (!applied.Ok)
        {
            return applied.Failure!;
        }
        if (command.Action == RequestAction.Escalate)
        {
            request.EscalationLevel++;
        }
        if (command.Action is RequestAction.Merge or RequestAction.Route)
        {
            request.SuggestedDuplicateOfId = null;
        }
        if (command.Action == RequestAction.Route)
        {
            // Sent to a unit with the normal move: a company it was routed to earlier no longer has it.
            request.ServiceCompanyId = null;
        }
        if (command.Action == RequestAction.Reopen)
        {
            await RestartDeadlines.AfterReopenAsync(db, request, now, ct);
        }
        return await SaveAsync(db, request, ct);
    }

    /// <summary>Null when the caller's place in the tree lets them take <paramref name="action"/> on this request.</summary>
    public static Failure? ScopeFailure(ServiceRequest request, Caller caller, RequestAction action) =>
        HandlingActions.Contains(action) && !request.IsAssignedWithin(caller)
            ? Failure.Forbidden("该诉求未派给您的单位", "This request is not assigned to your unit")
            : null;

    /// <summary>A callback was recorded in this round: since the (latest) resolution.</summary>
    public static Task<bool> HasCallbackSinceResolvedAsync(LinliDb db, ServiceRequest request, CancellationToken ct) =>
        db.RequestCallbacks.AnyAsync(c => c.RequestId == request.Id && c.At >= request.ResolvedAt, ct);

    /// <summary>The unit one level above the handling unit (or above the place, when nobody has it yet).</summary>
    public async Task<OrgUnit?> ParentOfHandlerAsync(ServiceRequest request, CancellationToken ct)
    {
        var from = request.AssignedUnitId ?? request.PlaceUnitId;
        var parentId = await db.OrgUnits.Where(o => o.Id == from).Select(o => o.ParentId).FirstOrDefaultAsync(ct);
        return parentId is null ? null : await db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(o => o.Id == parentId, ct);
    }

    public static async Task<Result<ServiceRequest>> SaveAsync(LinliDb db, ServiceRequest request, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return request;
        }
        catch (DbUpdateConcurrencyException)
        {
            return Failure.ConcurrentEdit;
        }
    }
}
