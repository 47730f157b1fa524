using Linli.Core.Features.Hierarchy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Linli.Core.Features.Standards;

internal sealed class PolicyStandardConfiguration : IEntityTypeConfiguration<PolicyStandard>
{
    public void Configure(EntityTypeBuilder<PolicyStandard> b)
    {
        b.ToTable("policy_standards");
        b.Property(x => x.Key).HasMaxLength(60);
        b.Property(x => x.Path).HasMaxLength(200);
        b.Property(x => x.Value).HasPrecision(18, 4);
        b.Property(x => x.MaxValue).HasPrecision(18, 4);
        b.Property(x => x.Source).HasMaxLength(200);
        b.Property(x => x.CreatedBy).HasMaxLength(100);
        b.Property(x => x.Version).IsConcurrencyToken();
        // The resolver asks for "Path IN (the unit's prefixes)": an index seek per ancestor.
        b.HasIndex(x => new { x.Path, x.Key, x.ValidFrom }).IsUnique();
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
