using Linli.Core.Features.Accounts;

namespace Linli.Core.Features.Hierarchy;

public static class StructurePermissions
{
    /// <summary>
    /// Grids, estates and buildings are set up by the committee and the levels above it; grid workers
    /// and departments only read them, and the system administrator manages accounts, not places.
    /// </summary>
    public static bool CanEditStructure(this Role role) =>
        role is Role.CivilAffairs or Role.StreetOffice or Role.CommunityWorker;
}
