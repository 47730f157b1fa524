using Linli.Core.Features.Admission;
using static Linli.Core.Features.Admission.Vote;

namespace Linli.Tests.Admission;

public class DecisionRulesTests
{
    [Theory]
    [InlineData(DecisionRule.SimpleMajority, 3, 2)]
    [InlineData(DecisionRule.SimpleMajority, 4, 3)]
    [InlineData(DecisionRule.TwoThirds, 3, 2)]
    [InlineData(DecisionRule.TwoThirds, 5, 4)]
    [InlineData(DecisionRule.TwoThirds, 6, 4)]
    [InlineData(DecisionRule.Unanimity, 5, 5)]
    public void Needed_ApprovalsForEachRule(DecisionRule rule, int members, int needed) =>
        Assert.Equal(needed, DecisionRules.Needed(rule, members));

    [Fact]
    public void SimpleMajority_TwoOfThreeApprove_Approved_ConditionsCountAsApproval() =>
        Assert.Equal(DecisionOutcome.Approved, DecisionRules.Decide(DecisionRule.SimpleMajority, 3, [Approve, ApproveWithConditions], null));

    [Fact]
    public void SimpleMajority_OneOfThreeVoted_Pending() =>
        Assert.Equal(DecisionOutcome.Pending, DecisionRules.Decide(DecisionRule.SimpleMajority, 3, [Approve], Approve));

    [Fact]
    public void SimpleMajority_TwoOfThreeReject_RejectedBeforeTheLastVote() =>
        Assert.Equal(DecisionOutcome.Rejected, DecisionRules.Decide(DecisionRule.SimpleMajority, 3, [Reject, Reject], null));

    [Fact]
    public void SimpleMajority_TieWithEveryoneVoted_ChairDecides()
    {
        Assert.Equal(DecisionOutcome.Approved, DecisionRules.Decide(DecisionRule.SimpleMajority, 4, [Approve, Approve, Reject, Reject], Approve));
        Assert.Equal(DecisionOutcome.Rejected, DecisionRules.Decide(DecisionRule.SimpleMajority, 4, [Approve, Approve, Reject, Reject], Reject));
        Assert.Equal(DecisionOutcome.Pending, DecisionRules.Decide(DecisionRule.SimpleMajority, 4, [Approve, Approve, Reject, Reject], null));
    }

    [Fact]
    public void SimpleMajority_TieNotYetComplete_Pending() =>
        Assert.Equal(DecisionOutcome.Pending, DecisionRules.Decide(DecisionRule.SimpleMajority, 4, [Approve, Reject], Approve));

    [Fact]
    public void TwoThirds_ThreeOfFiveIsNotEnough_TwoRejectionsSettleIt()
    {
        Assert.Equal(DecisionOutcome.Pending, DecisionRules.Decide(DecisionRule.TwoThirds, 5, [Approve, Approve, Approve], null));
        Assert.Equal(DecisionOutcome.Approved, DecisionRules.Decide(DecisionRule.TwoThirds, 5, [Approve, Approve, Approve, Approve], null));
        Assert.Equal(DecisionOutcome.Rejected, DecisionRules.Decide(DecisionRule.TwoThirds, 5, [Approve, Reject, Reject], null));
    }

    [Fact]
    public void Unanimity_OneRejectionRejects_AllApprovingApproves()
    {
        Assert.Equal(DecisionOutcome.Rejected, DecisionRules.Decide(DecisionRule.Unanimity, 3, [Approve, Reject], null));
        Assert.Equal(DecisionOutcome.Pending, DecisionRules.Decide(DecisionRule.Unanimity, 3, [Approve, Approve], null));
        Assert.Equal(DecisionOutcome.Approved, DecisionRules.Decide(DecisionRule.Unanimity, 3, [Approve, Approve, ApproveWithConditions], null));
    }
}
