using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Linli.Core.Features.Hierarchy;

internal sealed class OrgUnitConfiguration : IEntityTypeConfiguration<OrgUnit>
{
    public void Configure(EntityTypeBuilder<OrgUnit> b)
    {
        b.ToTable("org_units");
        b.Property(x => x.Code).HasMaxLength(40);
        b.Property(x => x.Name).HasMaxLength(100);
        b.Property(x => x.Path).HasMaxLength(200);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Ignore(x => x.OrgPath);
        b.HasIndex(x => x.Code).IsUnique();
        b.HasIndex(x => x.Path).IsUnique();
        b.HasIndex(x => x.ParentId);
        b.HasOne(x => x.Parent).WithMany().HasForeignKey(x => x.ParentId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.Estate).WithMany().HasForeignKey(x => x.EstateId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class EstateConfiguration : IEntityTypeConfiguration<Estate>
{
    public void Configure(EntityTypeBuilder<Estate> b)
    {
        b.ToTable("estates");
        b.Property(x => x.Name).HasMaxLength(100);
        b.HasIndex(x => new { x.CommunityId, x.Name }).IsUnique();
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.CommunityId).OnDelete(DeleteBehavior.Restrict);
    }
}
