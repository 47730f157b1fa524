using Linli.Core.Features.Hierarchy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Linli.Core.Features.Registry;

internal sealed class HouseholdConfiguration : IEntityTypeConfiguration<Household>
{
    public void Configure(EntityTypeBuilder<Household> b)
    {
        b.ToTable("households");
        b.Property(x => x.Path).HasMaxLength(200);
        b.Property(x => x.Entrance).HasMaxLength(20);
        b.Property(x => x.Room).HasMaxLength(20);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => x.Path);
        // One household per address; import upserts by it.
        b.HasIndex(x => new { x.CommunityId, x.BuildingId, x.Entrance, x.Room });
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.CommunityId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.Grid).WithMany().HasForeignKey(x => x.GridId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.Estate).WithMany().HasForeignKey(x => x.EstateId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.Building).WithMany().HasForeignKey(x => x.BuildingId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Members).WithOne(x => x.Household).HasForeignKey(x => x.HouseholdId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ResidentConfiguration : IEntityTypeConfiguration<Resident>
{
    public void Configure(EntityTypeBuilder<Resident> b)
    {
        b.ToTable("residents");
        b.Property(x => x.Path).HasMaxLength(200);
        b.Property(x => x.Name).HasMaxLength(50);
        b.Property(x => x.DocumentMasked).HasMaxLength(40);
        b.Property(x => x.PhoneMasked).HasMaxLength(30);
        b.Property(x => x.RelationToHead).HasMaxLength(20);
        b.Property(x => x.Version).IsConcurrencyToken();
        // One person, one record, across the whole platform: a second registration is a conflict.
        b.HasIndex(x => x.DocumentHash).IsUnique();
        b.HasIndex(x => x.PhoneHash);
        // Name search uses the prefix index of migration 0011 (PostgreSQL) and sorts its few matches;
        // a plain index on Name served no query and slowed every write (dropped in 0019).
        // Subtree counts read only this index: range on Path, filter on Status.
        b.HasIndex(x => new { x.Path, x.Status });
        b.HasIndex(x => x.HouseholdId);
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.CommunityId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Tags).WithOne().HasForeignKey(x => x.ResidentId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ResidentTagConfiguration : IEntityTypeConfiguration<ResidentTag>
{
    public void Configure(EntityTypeBuilder<ResidentTag> b)
    {
        b.ToTable("resident_tags");
        b.Property(x => x.Tag).HasMaxLength(20);
        b.Property(x => x.Detail).HasMaxLength(50);
        b.HasIndex(x => new { x.ResidentId, x.Tag }).IsUnique();
        b.HasIndex(x => x.Tag);
    }
}

internal sealed class ResidentEventConfiguration : IEntityTypeConfiguration<ResidentEvent>
{
    public void Configure(EntityTypeBuilder<ResidentEvent> b)
    {
        b.ToTable("resident_events");
        b.Property(x => x.Actor).HasMaxLength(100);
        b.Property(x => x.Note).HasMaxLength(500);
        b.Property(x => x.Destination).HasMaxLength(200);
        b.HasIndex(x => x.ResidentId);
        b.HasOne<Resident>().WithMany().HasForeignKey(x => x.ResidentId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class IdentityConflictConfiguration : IEntityTypeConfiguration<IdentityConflict>
{
    public void Configure(EntityTypeBuilder<IdentityConflict> b)
    {
        b.ToTable("identity_conflicts");
        b.Property(x => x.ExistingPath).HasMaxLength(200);
        b.Property(x => x.ClaimingPath).HasMaxLength(200);
        b.Property(x => x.ClaimedName).HasMaxLength(50);
        b.Property(x => x.DocumentMasked).HasMaxLength(40);
        b.Property(x => x.Source).HasMaxLength(100);
        b.Property(x => x.CreatedBy).HasMaxLength(100);
        b.Property(x => x.Resolution).HasMaxLength(500);
        b.HasIndex(x => x.ExistingPath);
        b.HasIndex(x => x.ClaimingPath);
        b.HasOne<Resident>().WithMany().HasForeignKey(x => x.ExistingResidentId).OnDelete(DeleteBehavior.Restrict);
    }
}
