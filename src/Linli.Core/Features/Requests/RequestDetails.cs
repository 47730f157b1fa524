using Linli.Core.Common;
using Linli.Core.Data;
using Linli.Core.Features.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Linli.Core.Features.Requests;

public sealed record HistoryLine(DateTime At, RequestAction Action, RequestStatus? From, RequestStatus To, string ActorName, Role? ActorRole, string? Note, string? ToUnitName);

public sealed record CallbackLine(DateTime At, string ByName, bool Reached, bool? Resolved, bool? Satisfied, string? Note);

public sealed record AttachmentLine(long Id, string FileName, string ContentType, long Size);

public sealed record RequestView(
    ServiceRequest Request, RequestCategory Category, string PlaceName, string PlacePath, string? AssignedName,
    string? DuplicateTrackingNumber, string? MergedIntoTrackingNumber, IReadOnlyList<HistoryLine> History,
    IReadOnlyList<CallbackLine> Callbacks, IReadOnlyList<AttachmentLine> Attachments, IReadOnlyList<RequestAction> AllowedActions, bool Overdue);

/// <summary>One request with its history, callbacks, photos and the actions the caller may take now.</summary>
public sealed class RequestDetails(LinliDb db, TimeProvider clock)
{
    public async Task<Result<RequestView>> HandleAsync(Caller caller, long id, CancellationToken ct = default)
    {
        var request = await db.ServiceRequests.AsNoTracking().VisibleTo(caller).Include(r => r.Category).FirstOrDefaultAsync(r => r.Id == id, ct);
        return request is null ? RequestQueries.NotFound : await ViewAsync(request, caller, ct);
    }

    public async Task<RequestView> ViewAsync(ServiceRequest request, Caller? caller, CancellationToken ct)
    {
        var unitIds = await db.RequestTransitions.Where(t => t.RequestId == request.Id && t.ToUnitId != null).Select(t => t.ToUnitId!.Value).ToListAsync(ct);
        unitIds.Add(request.PlaceUnitId);
        if (request.AssignedUnitId is { } assigned)
        {
            unitIds.Add(assigned);
        }
        var units = await db.OrgUnits.AsNoTracking().Where(o => unitIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, ct);
        var history = await db.RequestTransitions.AsNoTracking().Where(t => t.RequestId == request.Id).OrderBy(t => t.At).ThenBy(t => t.Id)
            .ToListAsync(ct);
        var callbacks = await db.RequestCallbacks.AsNoTracking().Where(c => c.RequestId == request.Id).OrderBy(c => c.At)
            .Select(c => new CallbackLine(c.At, c.ByName, c.Reached, c.Resolved, c.Satisfied, c.Note)).ToListAsync(ct);
        var attachments = await db.RequestAttachments.AsNoTracking().Where(a => a.RequestId == request.Id).OrderBy(a => a.Id)
            .Select(a => new AttachmentLine(a.Id, a.FileName, a.ContentType, a.Size)).ToListAsync(ct);
        var related = new[] { request.SuggestedDuplicateOfId, request.MergedIntoId }.OfType<long>().ToList();
        var numbers = await db.ServiceRequests.AsNoTracking().Where(r => related.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => r.TrackingNumber, ct);
        return new RequestView(
            request, request.Category!, units[request.PlaceUnitId].Name, units[request.PlaceUnitId].Path,
            request.AssignedUnitId is { } a ? units[a].Name : null,
            request.SuggestedDuplicateOfId is { } d ? numbers.GetValueOrDefault(d) : null,
            request.MergedIntoId is { } m ? numbers.GetValueOrDefault(m) : null,
            history.Select(t => new HistoryLine(t.At, t.Action, t.From, t.To, t.ActorName, t.ActorRole, t.Note,
                t.ToUnitId is { } u && units.TryGetValue(u, out var unit) ? unit.Name : null)).ToList(),
            callbacks, attachments,
            caller is null ? [] : AllowedFor(request, caller)
                .Where(a => a != RequestAction.Close || callbacks.Any(c => c.At >= request.ResolvedAt)).ToList(),
            request.IsOverdue(clock.GetUtcNow().UtcDateTime));
    }

    /// <summary>
    /// The workflow table's actions for the role, narrowed to what the caller's place in the tree allows.
    /// Call back and reopen are left out: they are the outcome of the callback form, not buttons.
    /// </summary>
    public static IReadOnlyList<RequestAction> AllowedFor(ServiceRequest request, Caller caller) =>
        RequestWorkflow.AllowedActions(request.Status, caller.Role)
            .Where(a => TransitionRequest.ScopeFailure(request, caller, a) is null && RequestWorkflow.CallbackOnlyFailure(a) is null)
            .ToList();
}
