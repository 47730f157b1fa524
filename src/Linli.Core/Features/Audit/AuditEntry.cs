namespace Linli.Core.Features.Audit;

/// <summary>
/// One line of the append-only audit log (审计日志). The database refuses UPDATE and DELETE on the
/// table (triggers in the initial migration). Before/After hold JSON with sensitive values masked.
/// </summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public DateTime At { get; set; }
    public string? UserId { get; set; }
    public required string Actor { get; set; }
    public required string Action { get; set; }
    public string? EntityType { get; set; }
    public string? EntityId { get; set; }
    public string? OrgPath { get; set; }
    public string? Summary { get; set; }
    public string? Purpose { get; set; }
    public string? Before { get; set; }
    public string? After { get; set; }
    public string? IpAddress { get; set; }

    /// <summary>One entry standing for a bulk action (import, export, demo seed) by the current actor.</summary>
    public static AuditEntry ForBulk(AuditActor actor, string action, string summary, string? orgPath = null) => new()
    {
        At = actor.Clock.GetUtcNow().UtcDateTime,
        UserId = actor.UserId,
        Actor = actor.Name,
        Action = action,
        Summary = summary,
        OrgPath = orgPath,
        IpAddress = actor.IpAddress,
    };
}

public static class AuditActions
{
    public const string SignIn = "sign-in";
    public const string SignInFailed = "sign-in-failed";
    public const string Disclose = "disclose";
    public const string Import = "import";
    public const string Export = "export";
    public const string Create = "create";
    public const string Update = "update";
    public const string Delete = "delete";
    public const string DemoSeed = "demo-seed";
    public const string Backup = "backup";
    public const string Restore = "restore";
}
