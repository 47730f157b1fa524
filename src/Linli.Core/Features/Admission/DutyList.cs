namespace Linli.Core.Features.Admission;

/// <summary>
/// One published version of a jurisdiction's duty list (社区工作事项清单). A new version is a new
/// row with its own entries; the old one stays for history and for the diff. The version in force
/// for a community on a date is the latest-effective one at its deepest ancestor that has a list.
/// </summary>
public sealed class DutyList : Common.IHasPath
{
    public long Id { get; set; }
    public long OrgUnitId { get; set; }
    public required string Path { get; set; }
    public required string Title { get; set; }

    /// <summary>1, 2, 3… per jurisdiction.</summary>
    public int Number { get; set; }

    public DateOnly EffectiveFrom { get; set; }
    public DateOnly? EffectiveTo { get; set; }
    public string PublishedBy { get; set; } = "";
    public DateTime PublishedAt { get; set; }
    public bool IsDemo { get; set; }

    public List<DutyEntry> Entries { get; set; } = [];

    public bool InForceOn(DateOnly date) => EffectiveFrom <= date && (EffectiveTo is null || EffectiveTo >= date);
}

/// <summary>Which part of the list an entry belongs to.</summary>
public enum DutyKind
{
    Statutory = 1, // 依法履职事项
    Assisting = 2, // 依法协助事项
    Negative = 3,  // 负面清单: must not be given to communities (e.g. abolished certificates)
}

public sealed class DutyEntry
{
    public long Id { get; set; }
    public long DutyListId { get; set; }
    public DutyKind Kind { get; set; }
    public required string Title { get; set; }
    public string LegalBasis { get; set; } = "";
    public string Department { get; set; } = "";

    /// <summary>费随事转: a department giving this work must hand over funds.</summary>
    public bool RequiresFunds { get; set; }

    /// <summary>人随事转: a department giving this work must hand over people.</summary>
    public bool RequiresPeople { get; set; }

    /// <summary>Kind of request this entry speaks about; null matches any kind (see <see cref="DutyMatcher"/>).</summary>
    public AdmissionKind? TaskKind { get; set; }

    public int SortOrder { get; set; }
}
