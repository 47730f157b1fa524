using System.Globalization;
using System.Text.Json;
using Linli.Core.Features.Requests;

namespace Linli.Core.Features.Notifications;

/// <summary>
/// Which status changes a resident hears about, and what the message says. Only milestones that
/// change what the resident can expect: signed for by a unit, resolved, archived, reopened after an
/// unsatisfied callback, folded into another request. Internal moves (routed, returned, urged,
/// escalated, in progress, called back) are not sent: they would be noise, and a return or
/// escalation note may name staff. Messages carry the tracking number and status only — no
/// description, no notes, no phone, no name.
/// </summary>
public static class NotificationMessages
{
    public static readonly RequestStatus[] Events =
        [RequestStatus.Accepted, RequestStatus.Resolved, RequestStatus.Closed, RequestStatus.Reopened, RequestStatus.Merged];

    public static bool IsEvent(RequestStatus status) => Events.Contains(status);

    private static readonly TimeZoneInfo ChinaTime = FindChinaTime();

    public static (string Subject, string Body) Email(string trackingNumber, RequestStatus status, DateTime at, string? language)
    {
        var name = RequestStatusNames.Of(status);
        var time = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(at, DateTimeKind.Utc), ChinaTime).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        return language == "en"
            ? ($"[Linli] Your request {trackingNumber}: {name.En}",
                $"Hello,\n\nYour request {trackingNumber} is now \"{name.En}\" ({time}, China time).\n"
                + "Track it on the resident portal with its tracking number and verification code.\n\nLinli community services (do not reply to this email)")
            : ($"【邻里】您的诉求 {trackingNumber} {name.Zh}",
                $"您好！\n\n您的诉求（编号 {trackingNumber}）已于 {time} 更新为“{name.Zh}”。\n"
                + "可凭诉求编号和查询码在居民自助页面查看办理进度。\n\n邻里社区服务平台（本邮件由系统发送，请勿回复）");
    }

    /// <summary>The webhook payload: tracking number, status, time and handling unit code — never personal data.</summary>
    public static string WebhookJson(string trackingNumber, RequestStatus status, DateTime at, string unitPath) =>
        JsonSerializer.Serialize(new
        {
            trackingNumber,
            status = status.ToString(),
            statusName = RequestStatusNames.Of(status).Zh,
            at = DateTime.SpecifyKind(at, DateTimeKind.Utc),
            unit = UnitCode(unitPath),
        });

    /// <summary>The last code of a path "41/4111/411102/" → "411102".</summary>
    public static string UnitCode(string path)
    {
        var trimmed = path.TrimEnd('/');
        return trimmed[(trimmed.LastIndexOf('/') + 1)..];
    }

    private static TimeZoneInfo FindChinaTime()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.CreateCustomTimeZone("CST", TimeSpan.FromHours(8), "China Standard Time", "China Standard Time");
        }
    }
}
