namespace Linli.Core.Features.Audit;

/// <summary>
/// Who is acting in the current scope (a web request or a CLI command), for the audit log.
/// Filled by the web host's middleware from the signed-in user, or by a CLI verb.
/// </summary>
public sealed class AuditActor
{
    public string? UserId { get; set; }
    public string Name { get; set; } = "system";
    public string? IpAddress { get; set; }

    /// <summary>Bulk paths (import, demo seed) log one summary entry instead of one per row.</summary>
    public bool SuppressRowAudit { get; set; }

    /// <summary>The clock entries are stamped with; DI sets the registered TimeProvider so tests can fix the time.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;
}
