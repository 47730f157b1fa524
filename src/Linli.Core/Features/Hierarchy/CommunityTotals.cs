using Linli.Core.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Linli.Core.Features.Hierarchy;

/// <summary>
/// Registry counts of one committee (households; residents in the registry, i.e. not moved out
/// or deceased), written only by database triggers on households and residents (migration
/// 0007) — every write path, EF or bulk COPY, keeps them current in the same transaction. Read
/// through <see cref="SubtreeTotals"/>; never written by the application.
/// </summary>
public sealed class CommunityTotals : IHasPath
{
    public long CommunityId { get; set; }
    public required string Path { get; set; }
    public long Households { get; set; }
    public long Residents { get; set; }
}

internal sealed class CommunityTotalsConfiguration : IEntityTypeConfiguration<CommunityTotals>
{
    public void Configure(EntityTypeBuilder<CommunityTotals> b)
    {
        b.ToTable("community_totals");
        b.HasKey(x => x.CommunityId);
        b.Property(x => x.CommunityId).ValueGeneratedNever();
        b.Property(x => x.Path).HasMaxLength(200);
        b.HasIndex(x => x.Path);
    }
}
