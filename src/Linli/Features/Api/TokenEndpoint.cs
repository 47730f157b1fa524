using Linli.Core.Common;
using Linli.Core.Data;
using Linli.Core.Features.Accounts;
using Linli.Core.Features.Audit;
using Microsoft.AspNetCore.Identity;

namespace Linli.Features.Api;

public static class TokenEndpoint
{
    public sealed record TokenRequest(string? UserName, string? Password);

    /// <summary>POST /api/v1/auth/token: user name and password in, bearer token out (valid 8 hours).</summary>
    public static void MapTokenEndpoint(this RouteGroupBuilder group) =>
        group.MapPost("/auth/token", async Task<IResult> (TokenRequest request, SignInManager<LinliUser> signIn, LinliDb db, AuditActor actor) =>
        {
            if (string.IsNullOrWhiteSpace(request.UserName))
            {
                return ApiResults.Problem(Failure.Invalid("userName", "请填写用户名", "User name is required"));
            }
            if (string.IsNullOrEmpty(request.Password))
            {
                return ApiResults.Problem(Failure.Invalid("password", "请填写密码", "Password is required"));
            }
            signIn.AuthenticationScheme = IdentityConstants.BearerScheme;
            var result = await signIn.PasswordSignInAsync(request.UserName, request.Password, isPersistent: false, lockoutOnFailure: true);
            db.AuditEntries.Add(AuditEntry.ForBulk(actor, result.Succeeded ? AuditActions.SignIn : AuditActions.SignInFailed, $"user {request.UserName} (API token)"));
            await db.SaveChangesAsync();
            if (result.Succeeded)
            {
                return Results.Empty; // the bearer handler has written the token response
            }
            return result.IsLockedOut
                ? Results.Problem(statusCode: 401, title: "账号已锁定", detail: "连续输错密码，账号已锁定 10 分钟 / Account locked for 10 minutes after repeated failures")
                : Results.Problem(statusCode: 401, title: "登录失败", detail: "用户名或密码错误 / Wrong user name or password");
        })
        .AllowAnonymous()
        .WithTags("Auth")
        .WithSummary("取得访问令牌 / get a bearer token");
}
