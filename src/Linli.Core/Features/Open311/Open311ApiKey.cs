using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Linli.Core.Features.Open311;

/// <summary>
/// A key another system (a city app, a 12345 platform) uses on the Open311 API. Only a SHA-256 of
/// the key is stored: keys are long random strings, so a plain hash is enough and survives a
/// rotation of the field-protection key. The owner's org path bounds what the key may read and
/// where its requests may be placed; <see cref="CanSubmit"/> separates read-only keys.
/// </summary>
public sealed class Open311ApiKey
{
    public long Id { get; set; }
    public required byte[] KeyHash { get; set; }

    /// <summary>Who holds the key (system and contact), shown to administrators.</summary>
    public required string Owner { get; set; }

    public long OrgUnitId { get; set; }
    public required string Path { get; set; }
    public bool CanSubmit { get; set; }
    public bool Active { get; set; } = true;
    public bool IsDemo { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? LastUsedAt { get; set; }
}

internal sealed class Open311ApiKeyConfiguration : IEntityTypeConfiguration<Open311ApiKey>
{
    public void Configure(EntityTypeBuilder<Open311ApiKey> b)
    {
        b.ToTable("open311_api_keys");
        b.Property(x => x.Owner).HasMaxLength(100);
        b.Property(x => x.Path).HasMaxLength(200);
        b.HasIndex(x => x.KeyHash).IsUnique();
        b.HasOne<Hierarchy.OrgUnit>().WithMany().HasForeignKey(x => x.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
