using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Linli.Core.Features.Requests;

internal sealed class TrackLookupFailureConfiguration : IEntityTypeConfiguration<TrackLookupFailure>
{
    public void Configure(EntityTypeBuilder<TrackLookupFailure> b)
    {
        b.ToTable("track_lookup_failures");
        b.Property(x => x.TrackingNumber).HasMaxLength(TrackLookupLimits.MaxNumberLength);
        b.HasIndex(x => new { x.TrackingNumber, x.At });
        b.HasIndex(x => new { x.ClientHash, x.At });
        b.HasIndex(x => x.At);
    }
}
