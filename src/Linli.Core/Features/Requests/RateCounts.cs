using Linli.Core.Common;

namespace Linli.Core.Features.Requests;

/// <summary>
/// The counts behind the three rates (三率) for one slice (unit, category or month). Merged
/// duplicates are not counted: the request they were folded into stands for them.
/// </summary>
public sealed record RateCounts(int Received, int RespondedInTime, int DueForResolution, int Resolved, int Reached, int Satisfied)
{
    public static readonly RateCounts Zero = new(0, 0, 0, 0, 0, 0);

    /// <summary>响应率 = signed for within the response limit / received.</summary>
    public double? ResponseRate => Ratio(RespondedInTime, Received);

    /// <summary>解决率 = resolved / due for resolution (its resolution limit has passed, or it is already resolved).</summary>
    public double? ResolutionRate => Ratio(Resolved, DueForResolution);

    /// <summary>满意率 = satisfied / called back and reached (the latest callback that reached the resident counts).</summary>
    public double? SatisfactionRate => Ratio(Satisfied, Reached);

    public static RateCounts operator +(RateCounts a, RateCounts b) => new(
        a.Received + b.Received, a.RespondedInTime + b.RespondedInTime, a.DueForResolution + b.DueForResolution,
        a.Resolved + b.Resolved, a.Reached + b.Reached, a.Satisfied + b.Satisfied);

    public static RateCounts Sum(IEnumerable<RateCounts> counts) => counts.Aggregate(Zero, (a, b) => a + b);

    private static double? Ratio(int part, int whole) => whole == 0 ? null : (double)part / whole;

    public static readonly IReadOnlyList<(Bilingual Name, Bilingual Definition)> Definitions =
    [
        (new("响应率", "Response rate"), new("在响应时限内签收的件数 ÷ 受理件数", "requests signed for within the response limit ÷ requests received")),
        (new("解决率", "Resolution rate"), new("已办结件数 ÷ 应办结件数（办结时限已到或已办结的件数；不满意重办的件在重新办结前不计为已办结）",
            "requests resolved ÷ requests due for resolution (limit passed or already resolved; a reopened request counts as unresolved until resolved again)")),
        (new("满意率", "Satisfaction rate"), new("回访满意件数 ÷ 回访联系上的件数（以最近一次联系上的回访为准）",
            "requests whose resident was satisfied ÷ requests whose resident was reached at callback (the latest callback that reached them counts)")),
    ];
}
