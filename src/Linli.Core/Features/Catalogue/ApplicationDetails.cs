using Linli.Core.Common;
using Linli.Core.Data;
using Linli.Core.Features.Accounts;
using Linli.Core.Features.Requests;
using Microsoft.EntityFrameworkCore;

namespace Linli.Core.Features.Catalogue;

/// <summary>An answer as shown: ID and phone answers only ever masked here.</summary>
public sealed record AnswerView(string Key, Bilingual Label, FieldType? Type, string? Value, bool Protected);

public sealed record ApplicationView(
    ServiceApplication Application,
    CatalogueItem Item,
    string CommunityName,
    string HandlingName,
    IReadOnlyList<AnswerView> Answers,
    IReadOnlyList<ApplicationTransition> History,
    IReadOnlyList<ApplicationAction> Allowed,
    bool Overdue,
    TimeSpan PausedForMaterials);

/// <summary>One application with its answers (masked), history and the moves the caller may make now.</summary>
public sealed class ApplicationDetails(LinliDb db, TimeProvider clock)
{
    public async Task<Result<ApplicationView>> HandleAsync(Caller caller, long id, CancellationToken ct = default)
    {
        var application = await db.ServiceApplications.AsNoTracking().VisibleTo(caller).FirstOrDefaultAsync(a => a.Id == id, ct);
        return application is null ? ApplicationQueries.NotFound : await ViewAsync(application, caller, ct);
    }

    /// <summary><paramref name="caller"/> null is the resident's track page: no moves offered.</summary>
    public async Task<ApplicationView> ViewAsync(ServiceApplication application, Caller? caller, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var item = await db.CatalogueItems.AsNoTracking().FirstAsync(i => i.Id == application.ItemId, ct);
        var names = await db.OrgUnits.AsNoTracking().Where(o => o.Id == application.CommunityId || o.Id == application.HandlingUnitId)
            .ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        var history = await db.ApplicationTransitions.AsNoTracking().Where(t => t.ApplicationId == application.Id).OrderBy(t => t.At).ThenBy(t => t.Id).ToListAsync(ct);
        var fields = item.Fields.ToDictionary(f => f.Key);
        var answers = application.Answers.Select(a => fields.TryGetValue(a.Key, out var f)
                ? new AnswerView(a.Key, new(f.LabelZh, f.LabelEn), f.Type, a.Value, a.Cipher is not null)
                : new AnswerView(a.Key, new(a.Key, a.Key), null, a.Value, a.Cipher is not null))
            .ToList();
        var mayAct = caller is not null && ApplicationWorkflow.Handles(caller.Role) && caller.CanSee(application.HandlingPath);
        return new ApplicationView(application, item, names.GetValueOrDefault(application.CommunityId, ""), names.GetValueOrDefault(application.HandlingUnitId, ""),
            answers, history, mayAct ? [.. ApplicationWorkflow.AllowedFrom(application.Status)] : [], application.IsOverdue(now),
            history.Any(t => t.Action == ApplicationAction.RequestMaterials) ? MaterialsPause.Total(history, await WorkCalendarLoader.LoadAsync(db, ct), now) : TimeSpan.Zero);
    }
}
