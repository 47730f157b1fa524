using Linli.Core.Features.Requests;

namespace Linli.Features.Requests;

/// <summary>API shapes of a request: enums by English name, Chinese labels beside them, phone masked.</summary>
public static class RequestsJson
{
    public static object Row(RequestRow r) => new
    {
        r.Id, r.TrackingNumber, r.Status, statusName = RequestStatusNames.Of(r.Status).ToString(), r.Channel,
        category = r.CategoryCode, categoryName = r.Category.ToString(), place = r.PlaceName, assignedUnit = r.AssignedName,
        r.ReceivedAt, r.ResponseDueAt, r.ResolutionDueAt, r.Overdue, phone = r.PhoneMasked, r.Description,
        r.SuggestedDuplicateOfId, r.Version,
    };

    public static object View(RequestView v) => new
    {
        v.Request.Id, v.Request.TrackingNumber, v.Request.Status, statusName = RequestStatusNames.Of(v.Request.Status).ToString(),
        v.Request.Channel, category = v.Category.Code, categoryName = v.Category.Name.ToString(),
        place = v.PlaceName, v.Request.Address, v.Request.Latitude, v.Request.Longitude, v.Request.Description,
        v.Request.ContactName, phone = v.Request.PhoneMasked, email = v.Request.EmailMasked, v.Request.NotifyOptIn,
        assignedUnit = v.AssignedName, v.Request.ReceivedAt, v.Request.ResponseDueAt, v.Request.ResolutionDueAt,
        v.Request.RespondedAt, v.Request.ResolvedAt, v.Request.ClosedAt, v.Overdue, v.Request.EscalationLevel, v.Request.ReopenCount,
        duplicateOf = v.DuplicateTrackingNumber, mergedInto = v.MergedIntoTrackingNumber, v.Request.Version,
        allowedActions = v.AllowedActions,
        history = v.History.Select(h => new { h.At, h.Action, actionName = RequestActionNames.Of(h.Action).ToString(), h.From, h.To, actor = h.ActorName, h.Note, toUnit = h.ToUnitName }),
        callbacks = v.Callbacks,
        attachments = v.Attachments,
    };

    public static RequestChannel? Channel(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || int.TryParse(text, out _))
        {
            return null;
        }
        var trimmed = text.Trim();
        return Enum.TryParse<RequestChannel>(trimmed, ignoreCase: true, out var channel) && Enum.IsDefined(channel)
            ? channel
            : Enum.GetValues<RequestChannel>().Cast<RequestChannel?>().FirstOrDefault(c => RequestChannelNames.Of(c!.Value).Zh == trimmed);
    }
}
