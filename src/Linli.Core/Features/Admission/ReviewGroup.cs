namespace Linli.Core.Features.Admission;

/// <summary>How a review group turns members' opinions into a decision (see <see cref="DecisionRules"/>).</summary>
public enum DecisionRule
{
    SimpleMajority = 1, // 过半数
    TwoThirds = 2,      // 三分之二
    Unanimity = 3,      // 全体一致
}

/// <summary>
/// The admission review group (准入审核领导小组) of a jurisdiction. A request goes to the group at
/// the deepest ancestor-or-self of its target unit.
/// </summary>
public sealed class ReviewGroup : Common.IHasPath
{
    public long Id { get; set; }
    public long OrgUnitId { get; set; }
    public required string Path { get; set; }
    public required string Name { get; set; }
    public DecisionRule Rule { get; set; } = DecisionRule.SimpleMajority;
    public List<ReviewMember> Members { get; set; } = [];
}

public sealed class ReviewMember
{
    public long Id { get; set; }
    public long GroupId { get; set; }
    public required string UserId { get; set; }
    public required string Name { get; set; }
    public bool IsChair { get; set; }
}

public enum Vote
{
    Approve = 1,               // 同意
    ApproveWithConditions = 2, // 附条件同意
    Reject = 3,                // 不同意
}

/// <summary>One member's opinion on a request; recording again replaces it until the decision.</summary>
public sealed class ReviewOpinion
{
    public long Id { get; set; }
    public long RequestId { get; set; }
    public required string MemberUserId { get; set; }
    public required string MemberName { get; set; }
    public Vote Vote { get; set; }
    public string Comment { get; set; } = "";
    public DateTime At { get; set; }
}
