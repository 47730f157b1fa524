using Linli.Core.Common;

namespace Linli.Core.Features.Catalogue;

/// <summary>
/// An item of the service catalogue (办事指南): what a resident can apply for, who handles it, what to
/// bring, how long it may take and what it costs, and the form the application fills in.
/// </summary>
/// <remarks>
/// Materials and form fields are stored as JSON documents on the item rather than child rows: they
/// are always read, edited and versioned together with the item (an admin saves the whole form at
/// once, and <see cref="Version"/> guards both), no query ever filters on them, and an application
/// keeps its answers keyed by field key, so a later edit of the form never rewrites old answers.
/// Every write goes through <see cref="CatalogueRules"/>, so the JSON is always a valid definition.
/// </remarks>
public sealed class CatalogueItem
{
    public const int CodeMaxLength = 20;

    public long Id { get; set; }
    public required string Code { get; set; }
    public required string NameZh { get; set; }
    public required string NameEn { get; set; }
    public required string GuideZh { get; set; }
    public required string GuideEn { get; set; }
    public HandlingLevel Level { get; set; }

    /// <summary>A unit that handles every application wherever the applicant lives (e.g. the district's civil affairs bureau).</summary>
    public long? FixedUnitId { get; set; }

    /// <summary>Promised time limit (承诺时限) in working days on the <see cref="Requests.WorkCalendar"/>.</summary>
    public int TimeLimitDays { get; set; }

    public FeeClass FeeClass { get; set; }
    public string? FeeNote { get; set; }
    public bool Active { get; set; } = true;

    /// <summary>Shipped with Linli as the default catalogue; admins may edit or deactivate it.</summary>
    public bool IsDefault { get; set; }

    public string MaterialsJson { get; set; } = "[]";
    public string FieldsJson { get; set; } = "[]";
    public int Version { get; set; }
    public DateTime UpdatedAt { get; set; }

    public Bilingual Name => new(NameZh, NameEn);
    public Bilingual Guide => new(GuideZh, GuideEn);

    public IReadOnlyList<CatalogueMaterial> Materials
    {
        get => CatalogueJson.Read<CatalogueMaterial>(MaterialsJson);
        set => MaterialsJson = CatalogueJson.Write(value);
    }

    public IReadOnlyList<CatalogueField> Fields
    {
        get => CatalogueJson.Read<CatalogueField>(FieldsJson);
        set => FieldsJson = CatalogueJson.Write(value);
    }
}
