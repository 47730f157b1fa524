namespace Linli.Core.Features.Hierarchy;

/// <summary>
/// What the last three digits of a 12-digit NBS committee code say about the committee.
/// </summary>
public enum CommitteeType
{
    Residents = 1,          // 001–199 居民委员会 (urban community)
    Villagers = 2,          // 200–399 村民委员会
    SimilarToResidents = 3, // 400–499 类似居委会 (e.g. industrial zones)
    SimilarToVillagers = 4, // 500–599 类似村委会
}

public static class CommitteeTypes
{
    public static CommitteeType? FromCode(string committeeCode)
    {
        if (committeeCode.Length != 12 || !int.TryParse(committeeCode.AsSpan(9, 3), out var n))
        {
            return null;
        }
        return n switch
        {
            >= 1 and <= 199 => CommitteeType.Residents,
            >= 200 and <= 399 => CommitteeType.Villagers,
            >= 400 and <= 499 => CommitteeType.SimilarToResidents,
            >= 500 and <= 599 => CommitteeType.SimilarToVillagers,
            _ => null,
        };
    }

    public static bool IsUrban(this CommitteeType type) =>
        type is CommitteeType.Residents or CommitteeType.SimilarToResidents;
}
