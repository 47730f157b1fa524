namespace Linli.Core.Features.Registry;

/// <summary>
/// A recorded key-group tag (重点人群) such as 低保 or 残疾 with its grade in <see cref="Detail"/>.
/// Age groups (60+, 80+) are derived from the birth date and never stored.
/// </summary>
public sealed class ResidentTag
{
    public long Id { get; set; }
    public long ResidentId { get; set; }
    public required string Tag { get; set; }
    public string? Detail { get; set; }
}
