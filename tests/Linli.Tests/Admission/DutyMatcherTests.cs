using Linli.Core.Features.Admission;

namespace Linli.Tests.Admission;

public class DutyMatcherTests
{
    private static DutyEntry Entry(string title, DutyKind kind = DutyKind.Negative, AdmissionKind? taskKind = null, bool funds = false, bool people = false) =>
        new() { Title = title, Kind = kind, TaskKind = taskKind, RequiresFunds = funds, RequiresPeople = people };

    [Fact]
    public void Matches_RequestWordsContainTheEntrysPieces()
    {
        Assert.True(DutyMatcher.Matches(Entry("居住证明", taskKind: AdmissionKind.Certificate), AdmissionKind.Certificate, "开具居住证明", ""));
        Assert.True(DutyMatcher.Matches(Entry("协助做好居民健康档案管理", DutyKind.Assisting), AdmissionKind.Survey, "居民健康档案入户核查", ""));
    }

    [Fact]
    public void DoesNotMatch_WhenOnlyAGenericPieceIsShared() =>
        Assert.False(DutyMatcher.Matches(Entry("居住证明"), AdmissionKind.Certificate, "出具无犯罪记录证明", ""));

    [Fact]
    public void DoesNotMatch_WhenTheEntryNamesAnotherKind() =>
        Assert.False(DutyMatcher.Matches(Entry("居住证明", taskKind: AdmissionKind.Certificate), AdmissionKind.Survey, "居住证明情况调查", ""));

    [Fact]
    public void Normalize_FoldsFullWidthAndDropsPunctuationAndFillerWords()
    {
        Assert.Equal("居住证明abc1", DutyMatcher.Normalize("社区 居住证明，ＡＢＣ１的工作"));
        Assert.Equal(1.0, DutyMatcher.Score("居住证明", "关于开具《居住　证明》的通知"));
    }

    [Fact]
    public void Flags_NegativeEntry_FlagsNegativeListOnly()
    {
        var request = Request(funds: 0, people: 0);
        var flags = ReviewFlags.FromMatches(request, [Entry("居住证明", funds: true)]).ToList();
        Assert.Equal([FlagKind.NegativeList], flags.Select(f => f.Kind));
        Assert.Contains("负面清单", flags[0].Message.Zh, StringComparison.Ordinal);
    }

    [Fact]
    public void Flags_CoveredEntryNeedingFundsAndPeople_FlagsWhatDidNotCome()
    {
        var entry = Entry("居民健康档案", DutyKind.Assisting, funds: true, people: true);
        Assert.Equal([FlagKind.CoveredByList, FlagKind.FundsMissing, FlagKind.PeopleMissing], ReviewFlags.FromMatches(Request(0, 0), [entry]).Select(f => f.Kind));
        Assert.Equal([FlagKind.CoveredByList], ReviewFlags.FromMatches(Request(5000, 1), [entry]).Select(f => f.Kind));
    }

    [Fact]
    public void Diff_ShowsAddedAndRemovedEntries_ComparingNormalizedTitles()
    {
        var diff = DutyLists.Compare([Entry("居住证明"), Entry("协助开展征兵宣传", DutyKind.Assisting)], [Entry("居住 证明"), Entry("婚姻状况证明")]);
        Assert.Equal(["婚姻状况证明"], diff.Added.Select(e => e.Title));
        Assert.Equal(["协助开展征兵宣传"], diff.Removed.Select(e => e.Title));
    }

    private static AdmissionRequest Request(decimal funds, int people) => new()
    {
        DepartmentUserId = "u", DepartmentName = "部门", Path = "41/", Title = "t", FundsAmount = funds, PeopleProvided = people,
    };
}
