using Linli.Core.Common;
using Linli.Core.Features.Registry.Documents;

namespace Linli.Core.Features.Registry;

/// <summary>What a form, an API call or an import row says about a person, before validation.</summary>
public sealed record ResidentDraft(
    string Name,
    DocumentType DocumentType,
    string DocumentNumber,
    string? Phone,
    ResidenceType ResidenceType,
    string RelationToHead,
    IReadOnlyList<ResidentTagInput> Tags);

public sealed record ResidentTagInput(string Tag, string? Detail = null);

/// <summary>A draft that passed validation: normalised numbers and what the ID number tells.</summary>
public sealed record ValidResident(
    string Name,
    DocumentType DocumentType,
    string DocumentNumber,
    string? Phone,
    ResidenceType ResidenceType,
    string RelationToHead,
    IReadOnlyList<ResidentTagInput> Tags,
    Sex? Sex,
    DateOnly? BirthDate);

public sealed record ResidentValidation(ValidResident? Value, IReadOnlyList<Failure> Errors, IReadOnlyList<Bilingual> Warnings)
{
    public static ResidentValidation Validate(ResidentDraft draft, DateOnly today, RegionDirectory regions)
    {
        var errors = new List<Failure>();
        var warnings = new List<Bilingual>();
        var name = draft.Name.Trim();
        if (name.Length == 0)
        {
            errors.Add(Failure.Invalid("name", "姓名不能为空", "Name is required"));
        }
        else if (name.Length > 50)
        {
            errors.Add(Failure.Invalid("name", "姓名不能超过50个字", "Name must be at most 50 characters"));
        }

        var document = DocumentCheck.Validate(draft.DocumentType, draft.DocumentNumber, today, regions.IsKnown);
        if (!document.IsValid)
        {
            errors.Add(new Failure(FailureKind.Invalid, document.Error!, "documentNumber"));
        }
        else if (document.Warning is not null)
        {
            warnings.Add(document.Warning);
        }

        string? phone = null;
        if (!string.IsNullOrWhiteSpace(draft.Phone))
        {
            var check = PhoneNumber.Validate(draft.Phone);
            if (check.IsValid)
            {
                phone = check.Normalized;
            }
            else
            {
                errors.Add(new Failure(FailureKind.Invalid, check.Error!, "phone"));
            }
        }

        foreach (var tag in draft.Tags)
        {
            var group = KeyGroups.Find(tag.Tag);
            if (group is null)
            {
                errors.Add(Failure.Invalid("tags", $"未知的人群标签“{tag.Tag}”", $"Unknown key-group tag \"{tag.Tag}\""));
            }
            else if (group.HasDetail && tag.Detail is { Length: > 0 } grade && !KeyGroups.DisabilityGrades.Contains(grade))
            {
                errors.Add(Failure.Invalid("tags", $"残疾等级“{grade}”无效，应为一级至四级", $"Disability grade \"{grade}\" is invalid; use 一级 to 四级"));
            }
        }
        if (draft.Tags.GroupBy(t => t.Tag).Any(g => g.Count() > 1))
        {
            errors.Add(Failure.Invalid("tags", "人群标签重复", "A key-group tag is repeated"));
        }
        if (draft.RelationToHead.Trim().Length > 20)
        {
            errors.Add(Failure.Invalid("relationToHead", "与户主关系不能超过20个字", "Relation to head must be at most 20 characters"));
        }

        if (errors.Count > 0)
        {
            return new(null, errors, warnings);
        }
        return new(new ValidResident(name, draft.DocumentType, document.Normalized, phone, draft.ResidenceType,
            draft.RelationToHead.Trim(), draft.Tags, document.Sex, document.BirthDate), errors, warnings);
    }
}
