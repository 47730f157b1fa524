using Linli.Core.Features.Accounts;

namespace Linli.Core.Features.Facilities;

/// <summary>Who may change facility records (inside their own area). They hold no personal data, so every role reads them.</summary>
public static class FacilityAccess
{
    public static bool MayEdit(Role role) => role is Role.CivilAffairs or Role.StreetOffice or Role.CommunityWorker;
}
