namespace Linli.Core.Features.Registry;

/// <summary>
/// The same document number offered for registration in a second place (重复登记). Neither side is
/// merged or duplicated: the conflict is shown to the supervisors of both communities until resolved.
/// </summary>
public sealed class IdentityConflict
{
    public long Id { get; set; }
    public long ExistingResidentId { get; set; }
    public long ExistingCommunityId { get; set; }
    public required string ExistingPath { get; set; }
    public long ClaimingCommunityId { get; set; }
    public required string ClaimingPath { get; set; }
    public required string ClaimedName { get; set; }
    public required string DocumentMasked { get; set; }
    public required string Source { get; set; }
    public DateTime CreatedAt { get; set; }
    public required string CreatedBy { get; set; }
    public bool Resolved { get; set; }
    public string? Resolution { get; set; }
}
