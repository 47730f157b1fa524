using Linli.Core.Common;

namespace Linli.Core.Features.Hierarchy;

/// <summary>Names of grids, estates and buildings as staff type them: trimmed, required, at most 50 characters.</summary>
public static class UnitNames
{
    public const int MaxLength = 50;

    public static readonly Bilingual Grid = new("网格", "grid");
    public static readonly Bilingual Estate = new("小区", "estate");
    public static readonly Bilingual Building = new("楼栋", "building");

    /// <summary>The message names the field, e.g. “请填写网格名称” / “Grid name is required”.</summary>
    public static Result<string> Validate(string? name, Bilingual noun)
    {
        var trimmed = (name ?? "").Trim();
        var field = new Bilingual($"{noun.Zh}名称", $"{char.ToUpperInvariant(noun.En[0])}{noun.En[1..]} name");
        if (trimmed.Length == 0)
        {
            return Failure.Invalid("name", $"请填写{field.Zh}", $"{field.En} is required");
        }
        if (trimmed.Length > MaxLength)
        {
            return Failure.Invalid("name", $"{field.Zh}不能超过{MaxLength}个字", $"{field.En} must be at most {MaxLength} characters");
        }
        return trimmed;
    }

    public static Failure Duplicate(Bilingual noun, string name, string parentName) =>
        new(FailureKind.Conflict, new($"{parentName}已有名为“{name}”的{noun.Zh}，名称不能重复", $"{parentName} already has a {noun.En} named \"{name}\""), "name");
}
