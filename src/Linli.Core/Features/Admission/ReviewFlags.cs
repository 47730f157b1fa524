using Linli.Core.Common;

namespace Linli.Core.Features.Admission;

public enum FlagKind
{
    NegativeList = 1,   // 在负面清单内
    CoveredByList = 2,  // 清单已有此事项
    FundsMissing = 3,   // 清单要求费随事转，申请未带经费
    PeopleMissing = 4,  // 清单要求人随事转，申请未带人员
    ExceedsCap = 5,     // 超出考核评比次数上限
}

public sealed record ReviewFlag(FlagKind Kind, Bilingual Message, long? EntryId = null);

/// <summary>The automatic flags shown to reviewers, from the duty list in force and the assessment cap.</summary>
public sealed class ReviewFlags(DutyLists lists, AssessmentCap cap)
{
    public sealed record Result(IReadOnlyList<ReviewFlag> Flags, DutyList? List, IReadOnlyList<DutyEntry> Matches, IReadOnlyList<AssessmentCap.Excess> CapExcesses);

    public async Task<Result> ForAsync(AdmissionRequest request, CancellationToken ct = default)
    {
        var list = await lists.InForceAsync(request.Path, request.StartDate, ct);
        var matches = list?.Entries.Where(e => DutyMatcher.Matches(e, request.Kind, request.Title, request.Content)).ToList() ?? [];
        var excesses = await cap.CheckAsync(request, ct);
        return new Result(FromMatches(request, matches).Concat(FromCap(excesses)).ToList(), list, matches, excesses);
    }

    /// <summary>Flags from the list entries a request matches (pure; unit-tested).</summary>
    public static IEnumerable<ReviewFlag> FromMatches(AdmissionRequest request, IEnumerable<DutyEntry> matches)
    {
        foreach (var e in matches)
        {
            if (e.Kind == DutyKind.Negative)
            {
                yield return new(FlagKind.NegativeList, new($"在负面清单内：{e.Title}", $"On the negative list: {e.Title}"), e.Id);
                continue;
            }
            yield return new(FlagKind.CoveredByList, new($"清单已有此事项（{DutyKindNames.Of(e.Kind).Zh}）：{e.Title}", $"Already on the duty list ({DutyKindNames.Of(e.Kind).En}): {e.Title}"), e.Id);
            if (e.RequiresFunds && request.FundsAmount <= 0)
            {
                yield return new(FlagKind.FundsMissing, new($"清单要求费随事转，申请未带经费：{e.Title}", $"The list says funds must follow, but none come with it: {e.Title}"), e.Id);
            }
            if (e.RequiresPeople && request.PeopleProvided <= 0)
            {
                yield return new(FlagKind.PeopleMissing, new($"清单要求人随事转，申请未带人员：{e.Title}", $"The list says people must follow, but none come with it: {e.Title}"), e.Id);
            }
        }
    }

    public static IEnumerable<ReviewFlag> FromCap(IEnumerable<AssessmentCap.Excess> excesses) =>
        excesses.Select(x => new ReviewFlag(FlagKind.ExceedsCap, x.PerDepartment
            ? new($"{x.CommunityName} {x.Year}年本部门考核评比将达 {x.Count} 次，超过上限 {x.Citation.Zh}", $"{x.CommunityName} would get {x.Count} assessments from this department in {x.Year}, over the cap {x.Citation.En}")
            : new($"{x.CommunityName} {x.Year}年考核评比将达 {x.Count} 次，超过上限 {x.Citation.Zh}", $"{x.CommunityName} would get {x.Count} assessments in {x.Year}, over the cap {x.Citation.En}")));
}
