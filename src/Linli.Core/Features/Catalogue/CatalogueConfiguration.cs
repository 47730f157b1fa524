using Linli.Core.Features.Hierarchy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Linli.Core.Features.Catalogue;

internal sealed class CatalogueItemConfiguration : IEntityTypeConfiguration<CatalogueItem>
{
    public void Configure(EntityTypeBuilder<CatalogueItem> b)
    {
        b.ToTable("catalogue_items");
        b.Property(x => x.Code).HasMaxLength(CatalogueItem.CodeMaxLength);
        b.Property(x => x.NameZh).HasMaxLength(50);
        b.Property(x => x.NameEn).HasMaxLength(100);
        b.Property(x => x.GuideZh).HasMaxLength(1000);
        b.Property(x => x.GuideEn).HasMaxLength(2000);
        b.Property(x => x.FeeNote).HasMaxLength(200);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Ignore(x => x.Name);
        b.Ignore(x => x.Guide);
        b.Ignore(x => x.Materials);
        b.Ignore(x => x.Fields);
        b.HasIndex(x => x.Code).IsUnique();
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.FixedUnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ServiceApplicationConfiguration : IEntityTypeConfiguration<ServiceApplication>
{
    public void Configure(EntityTypeBuilder<ServiceApplication> b)
    {
        b.ToTable("service_applications");
        b.Property(x => x.TrackingNumber).HasMaxLength(20);
        b.Property(x => x.Path).HasMaxLength(200);
        b.Property(x => x.HandlingPath).HasMaxLength(200);
        b.Property(x => x.Outcome).HasMaxLength(ServiceApplication.NoteMaxLength);
        b.Property(x => x.CreatedBy).HasMaxLength(100);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Ignore(x => x.Answers);
        b.HasIndex(x => x.TrackingNumber).IsUnique();
        b.HasIndex(x => x.Path);
        // Queues: open applications of a handling subtree, soonest due first.
        b.HasIndex(x => new { x.HandlingPath, x.Status, x.DueAt });
        b.HasIndex(x => x.ItemId);
        b.HasOne(x => x.Item).WithMany().HasForeignKey(x => x.ItemId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.CommunityId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.HandlingUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.History).WithOne().HasForeignKey(x => x.ApplicationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ApplicationTransitionConfiguration : IEntityTypeConfiguration<ApplicationTransition>
{
    public void Configure(EntityTypeBuilder<ApplicationTransition> b)
    {
        b.ToTable("application_transitions");
        b.Property(x => x.ActorId).HasMaxLength(100);
        b.Property(x => x.ActorName).HasMaxLength(100);
        b.Property(x => x.Note).HasMaxLength(ServiceApplication.NoteMaxLength);
        b.HasIndex(x => x.ApplicationId);
    }
}

internal sealed class ApplicationNumberCounterConfiguration : IEntityTypeConfiguration<ApplicationNumberCounter>
{
    public void Configure(EntityTypeBuilder<ApplicationNumberCounter> b)
    {
        b.ToTable("application_number_counters");
        b.HasKey(x => x.Day);
    }
}
