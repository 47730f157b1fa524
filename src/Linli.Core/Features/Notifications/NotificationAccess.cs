using Linli.Core.Common;
using Linli.Core.Features.Accounts;
using Linli.Core.Features.Hierarchy;

namespace Linli.Core.Features.Notifications;

/// <summary>Who sees the outbox (and may send a row again): administrators, civil affairs and street offices, each in their subtree.</summary>
public static class NotificationAccess
{
    public static bool MayManage(Role role) => role is Role.SystemAdmin or Role.CivilAffairs or Role.StreetOffice;

    public static IQueryable<Notification> VisibleTo(this IQueryable<Notification> rows, Caller caller) =>
        caller.Scope.Value.Length == 0 ? rows : rows.Under(caller.Scope);

    public static readonly Failure Forbidden = Failure.Forbidden("您的角色不能查看通知发送记录", "Your role may not view notifications");

    public static readonly Failure NotFound = Failure.NotFound("未找到该通知或不在您的管辖范围内", "Notification not found or outside your area");
}
