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
            case RequestAction.Merge:
                var number = command.MergeIntoTrackingNumber?.Trim().ToUpperInvariant() ?? "";
                var into = number.Length == 0 ? null
                    : await db.ServiceRequests.VisibleTo(caller).FirstOrDefaultAsync(r => r.TrackingNumber == number, ct);
                if (into is null || into.Id == request.Id || !into.Status.IsOpen())
                {
                    return Failure.Invalid("mergeInto", "请填写要合并到的、仍在办理中的诉求编号", "Give the tracking number of an open request to merge into");
                }
                request.MergedIntoId = into.Id;
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
