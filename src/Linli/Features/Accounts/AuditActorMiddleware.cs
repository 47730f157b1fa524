using System.Security.Claims;
using Linli.Core.Features.Audit;

namespace Linli.Features.Accounts;

public static class AuditActorMiddleware
{
    /// <summary>Names the signed-in user (never their personal data) as the actor of this request's audit entries.</summary>
    public static void UseAuditActor(this WebApplication app) =>
        app.Use(async (context, next) =>
        {
            var actor = context.RequestServices.GetRequiredService<AuditActor>();
            actor.IpAddress = context.Connection.RemoteIpAddress?.ToString();
            if (context.User.Identity?.IsAuthenticated == true)
            {
                actor.UserId = context.User.FindFirstValue(ClaimTypes.NameIdentifier);
                actor.Name = context.User.Identity.Name ?? actor.UserId ?? "unknown";
            }
            await next(context);
        });
}
