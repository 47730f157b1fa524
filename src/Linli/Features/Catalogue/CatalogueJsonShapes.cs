using Linli.Core.Features.Catalogue;

namespace Linli.Features.Catalogue;

/// <summary>API shapes: enums by English name with Chinese labels beside them; ID and phone answers masked.</summary>
public static class CatalogueJsonShapes
{
    public static object Item(CatalogueItem i) => new
    {
        i.Code, i.NameZh, i.NameEn, i.GuideZh, i.GuideEn, i.Level, levelName = CatalogueNames.Of(i.Level).ToString(), i.FixedUnitId,
        i.TimeLimitDays, i.FeeClass, feeClassName = CatalogueNames.Of(i.FeeClass).ToString(), i.FeeNote, i.Active, i.IsDefault,
        i.Materials, i.Fields, i.Version,
    };

    public static object Row(ApplicationRow r) => new
    {
        r.Id, r.TrackingNumber, item = r.ItemCode, itemName = r.Item.ToString(), community = r.CommunityName, handlingUnit = r.HandlingName,
        r.Status, statusName = ApplicationNames.Of(r.Status).ToString(), r.SubmittedAt, r.DueAt, r.Overdue, r.Version,
    };

    public static object View(ApplicationView v) => new
    {
        v.Application.Id, v.Application.TrackingNumber, item = v.Item.Code, itemName = v.Item.Name.ToString(), v.Application.Channel,
        community = v.CommunityName, handlingUnit = v.HandlingName, v.Application.Status, statusName = ApplicationNames.Of(v.Application.Status).ToString(),
        v.Application.SubmittedAt, v.Application.DueAt, v.Application.DecidedAt, v.Application.Outcome, v.Overdue, pausedForMaterialsHours = Math.Round(v.PausedForMaterials.TotalHours, 2), v.Application.Version,
        answers = v.Answers.Select(a => new { a.Key, label = a.Label.ToString(), a.Type, a.Value, masked = a.Protected }),
        allowedActions = v.Allowed,
        history = v.History.Select(h => new { h.At, h.Action, actionName = ApplicationNames.Of(h.Action).ToString(), h.From, h.To, actor = h.ActorName, h.Note }),
    };
}
