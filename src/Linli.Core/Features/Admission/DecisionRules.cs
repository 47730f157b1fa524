namespace Linli.Core.Features.Admission;

public enum DecisionOutcome
{
    Pending = 0,
    Approved = 1,
    Rejected = 2,
}

/// <summary>
/// Turns the opinions of a review group's members into an outcome. "Approve with conditions" counts
/// as approval. Members who have not voted count against nothing until they vote, but the outcome is
/// settled as soon as the remaining votes could not change it:
///   simple majority — approved when more than half approve, rejected when more than half reject;
///                     with every member voted and the votes tied, the chair's vote decides;
///   two-thirds      — approved when at least ⌈2n/3⌉ approve, rejected once that cannot be reached;
///   unanimity       — approved when all approve, rejected at the first rejection.
/// </summary>
public static class DecisionRules
{
    public static int Needed(DecisionRule rule, int members) => rule switch
    {
        DecisionRule.TwoThirds => (2 * members + 2) / 3,
        DecisionRule.Unanimity => members,
        _ => members / 2 + 1,
    };

    /// <summary>
    /// The outcome of a group's opinions as the chair's decision computes it, and the tentative
    /// outcome shown before it: only the opinions of the group's current members count (someone
    /// removed from the group after voting no longer does), and the chair's vote is the current chair's.
    /// </summary>
    public static (DecisionOutcome Outcome, IReadOnlyList<ReviewOpinion> Votes) Decide(ReviewGroup group, IEnumerable<ReviewOpinion> opinions)
    {
        var memberIds = group.Members.Select(m => m.UserId).ToHashSet(StringComparer.Ordinal);
        var votes = opinions.Where(o => memberIds.Contains(o.MemberUserId)).ToList();
        var chairId = group.Members.FirstOrDefault(m => m.IsChair)?.UserId;
        var chairVote = votes.FirstOrDefault(o => o.MemberUserId == chairId)?.Vote;
        return (Decide(group.Rule, group.Members.Count, votes.Select(v => v.Vote).ToList(), chairVote), votes);
    }

    public static DecisionOutcome Decide(DecisionRule rule, int members, IReadOnlyCollection<Vote> votes, Vote? chairVote)
    {
        if (members <= 0)
        {
            return DecisionOutcome.Pending;
        }
        var approvals = votes.Count(v => v != Vote.Reject);
        var rejections = votes.Count - approvals;
        var needed = Needed(rule, members);
        if (approvals >= needed)
        {
            return DecisionOutcome.Approved;
        }
        if (rule == DecisionRule.SimpleMajority)
        {
            if (rejections >= needed)
            {
                return DecisionOutcome.Rejected;
            }
            if (votes.Count == members && approvals == rejections)
            {
                return chairVote switch
                {
                    null => DecisionOutcome.Pending,
                    Vote.Reject => DecisionOutcome.Rejected,
                    _ => DecisionOutcome.Approved,
                };
            }
            return DecisionOutcome.Pending;
        }
        return rejections > members - needed ? DecisionOutcome.Rejected : DecisionOutcome.Pending;
    }
}
