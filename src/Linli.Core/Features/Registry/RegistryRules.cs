using Linli.Core.Common;
using Linli.Core.Features.Accounts;

namespace Linli.Core.Features.Registry;

/// <summary>Failures and role rules shared by the registry's use cases.</summary>
public static class RegistryRules
{
    public static readonly Failure ResidentNotFound = Failure.NotFound("未找到该居民", "Resident not found");
    public static readonly Failure HouseholdNotFound = Failure.NotFound("未找到该户", "Household not found");
    public static readonly Failure CannotEdit = Failure.Forbidden("当前角色不能修改居民信息", "Your role may not change the registry");
    public static readonly Failure NotActive = Failure.Conflict("该居民已迁出或已登记死亡，不能办理此项", "This person has moved out or died; this is not possible");

    /// <summary>Supervisors (督办) who see and resolve identity conflicts: community and above, not grid workers or departments.</summary>
    public static bool SupervisesConflicts(this Role role) =>
        role is Role.CivilAffairs or Role.StreetOffice or Role.CommunityWorker;

    /// <summary>Restricted key groups (e.g. severe mental illness) are seen only by roles that may see ID numbers.</summary>
    public static bool SeesRestrictedTags(this Role role) => role.CanDiscloseDocument();

    /// <summary>An address as one line: estate, building, entrance, room (the room hidden from departments).</summary>
    public static string AddressLine(string? estate, string? building, string entrance, string room, bool showRoom)
    {
        var parts = new[] { estate, building, entrance, showRoom ? room : (room.Length > 0 ? "***" : "") };
        return string.Join(' ', parts.Where(p => !string.IsNullOrWhiteSpace(p)));
    }

    /// <summary>Free text typed into a form: trimmed, empty as null, refused when longer than the column.</summary>
    public static Result<string?> OptionalText(string? text, int max, string field, string zhName, string enName)
    {
        var value = text?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            return (string?)null;
        }
        if (value.Length > max)
        {
            return Failure.Invalid(field, $"{zhName}不能超过{max}个字", $"{enName} must be at most {max} characters");
        }
        return value;
    }
}
