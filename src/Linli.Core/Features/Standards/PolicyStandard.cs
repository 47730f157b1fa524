namespace Linli.Core.Features.Standards;

/// <summary>
/// One policy value (配备标准) set at an org unit and inherited by everything below it until a
/// deeper unit overrides it. <see cref="Path"/> is the org unit's materialized path; the empty
/// path is the national root, where presets from national law live. Rows are never edited in
/// place once superseded: a new value from a later date closes the old row (ValidTo), so a
/// figure for an earlier year still finds the value in force then.
/// </summary>
public sealed class PolicyStandard
{
    public long Id { get; set; }

    /// <summary>One of <see cref="StandardCatalog"/>'s keys.</summary>
    public required string Key { get; set; }

    public decimal Value { get; set; }

    /// <summary>Upper end of a range (committee size 5–9, 300–400 households per worker); null for a single value.</summary>
    public decimal? MaxValue { get; set; }

    /// <summary>Null at the national root.</summary>
    public long? OrgUnitId { get; set; }

    public required string Path { get; set; }
    public DateOnly ValidFrom { get; set; }
    public DateOnly? ValidTo { get; set; }

    /// <summary>What the value rests on (文件依据 / which jurisdiction uses it), shown next to every figure.</summary>
    public string Source { get; set; } = "";

    public string CreatedBy { get; set; } = "";
    public DateTime CreatedAt { get; set; }
    public int Version { get; set; }

    public bool InForceOn(DateOnly date) => ValidFrom <= date && (ValidTo is null || ValidTo >= date);
}
