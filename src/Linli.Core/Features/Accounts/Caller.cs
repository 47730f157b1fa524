using Linli.Core.Features.Hierarchy;

namespace Linli.Core.Features.Accounts;

/// <summary>The signed-in account a use case acts for; <see cref="Scope"/> bounds everything it reads or writes.</summary>
public sealed record Caller(string UserId, string Name, Role Role, long OrgUnitId, OrgPath Scope)
{
    public bool CanSee(string path) => Scope.Contains(path);
}
