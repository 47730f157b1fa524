using Linli.Core.Common;

namespace Linli.Core.Features.Accounts;

/// <summary>What an account may do; where it may do it comes from its org unit.</summary>
public enum Role
{
    SystemAdmin = 1,     // 系统管理员: accounts, audit log; no personal-data disclosure
    CivilAffairs = 2,    // 民政局
    StreetOffice = 3,    // 街道办事处
    CommunityWorker = 4, // 社区工作者
    GridWorker = 5,      // 网格员
    Department = 6,      // 职能部门: read-only, field-limited
    ServiceCompany = 7,  // 加盟企业: a member service company's staff; only requests routed to their company
    HotlineOperator = 8, // 话务员: hotline/window intake, dispatch and callbacks (7 and 9 are taken by other features)
    AdmissionReviewer = 9, // 准入审核组成员: reviews work items before they may reach communities
}

public static class RolePermissions
{
    public static bool CanEditRegistry(this Role role) =>
        role is Role.CivilAffairs or Role.StreetOffice or Role.CommunityWorker or Role.GridWorker;

    /// <summary>Roles that may reveal a full ID number after stating a purpose.</summary>
    public static bool CanDiscloseDocument(this Role role) =>
        role is Role.CivilAffairs or Role.StreetOffice or Role.CommunityWorker;

    /// <summary>Grid workers call residents, so they may reveal phones but not ID numbers.</summary>
    public static bool CanDisclosePhone(this Role role) =>
        role.CanDiscloseDocument() || role == Role.GridWorker;

    /// <summary>Departments see counts and non-sensitive fields only: no phone, no room number.</summary>
    public static bool SeesContactFields(this Role role) => role != Role.Department;

    public static bool CanManageAccounts(this Role role) => role == Role.SystemAdmin;

    public static bool CanReadAudit(this Role role) => role is Role.SystemAdmin or Role.CivilAffairs;
}

public static class RoleNames
{
    public static Bilingual Of(Role role) => role switch
    {
        Role.SystemAdmin => new("系统管理员", "System administrator"),
        Role.CivilAffairs => new("民政局", "Civil affairs bureau"),
        Role.StreetOffice => new("街道办事处", "Street office"),
        Role.CommunityWorker => new("社区工作者", "Community worker"),
        Role.GridWorker => new("网格员", "Grid worker"),
        Role.Department => new("职能部门", "Department"),
        Role.HotlineOperator => new("话务员", "Hotline operator"),
        Role.ServiceCompany => new("加盟企业", "Service company"),
        Role.AdmissionReviewer => new("准入审核组成员", "Admission reviewer"),
        _ => new(role.ToString(), role.ToString()),
    };

    /// <summary>Accepts the English enum name (any case) or the Chinese name.</summary>
    public static Role? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        if (Enum.TryParse<Role>(text.Trim(), ignoreCase: true, out var role) && Enum.IsDefined(role) && !int.TryParse(text, out _))
        {
            return role;
        }
        return Enum.GetValues<Role>().Cast<Role?>().FirstOrDefault(r => Of(r!.Value).Zh == text.Trim());
    }
}
