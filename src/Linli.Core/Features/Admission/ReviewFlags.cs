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

    public async Task<Result> ForAsync(AdmissionRequest request, CancellationToken ct = default) =>
        (await ForAsync([request], ct))[request.Id];

    /// <summary>The flags of many requests (a review queue's page) in a fixed number of queries, whatever their number.</summary>
    public async Task<IReadOnlyDictionary<long, Result>> ForAsync(IReadOnlyCollection<AdmissionRequest> requests, CancellationToken ct = default)
    {
        var inForce = await lists.InForceAsync(requests.Select(r => (r.Path, r.StartDate)).Distinct().ToList(), ct);
        var excesses = await cap.CheckAsync(requests, ct);
        var result = new Dictionary<long, Result>();
        foreach (var request in requests)
        {
            var list = inForce[(request.Path, request.StartDate)];
            var matches = list?.Entries.Where(e => DutyMatcher.Matches(e, request.Kind, request.Title, request.Content)).ToList() ?? [];
            result[request.Id] = new Result(FromMatches(request, matches).Concat(FromCap(excesses[request.Id])).ToList(), list, matches, excesses[request.Id]);
        }
        return result;
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
