using Linli.Core.Features.Hierarchy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Linli.Core.Features.Workers;

internal sealed class CommunityWorkerConfiguration : IEntityTypeConfiguration<CommunityWorker>
{
    public void Configure(EntityTypeBuilder<CommunityWorker> b)
    {
        b.ToTable("community_workers");
        b.Property(x => x.Path).HasMaxLength(200);
        b.Property(x => x.Name).HasMaxLength(50);
        b.Property(x => x.DocumentMasked).HasMaxLength(40);
        b.Property(x => x.LeaveReason).HasMaxLength(200);
        b.Property(x => x.MonthlyPay).HasPrecision(12, 2);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => x.Path);
        // A person is on one roster at a time; the import finds them by this hash.
        b.HasIndex(x => x.DocumentHash);
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.CommunityId).OnDelete(DeleteBehavior.Restrict);
    }
}
