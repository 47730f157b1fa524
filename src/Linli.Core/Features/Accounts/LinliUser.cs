using Microsoft.AspNetCore.Identity;

namespace Linli.Core.Features.Accounts;

/// <summary>An account, always bound to one org unit whose subtree limits everything it sees.</summary>
public sealed class LinliUser : IdentityUser
{
    public required string DisplayName { get; set; }
    public Role Role { get; set; }
    public long OrgUnitId { get; set; }
    public bool IsDemo { get; set; }
    public DateTime CreatedAt { get; set; }
}
