using Linli.Core.Features.Hierarchy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Linli.Core.Features.Requests;

internal sealed class RequestCategoryConfiguration : IEntityTypeConfiguration<RequestCategory>
{
    public void Configure(EntityTypeBuilder<RequestCategory> b)
    {
        b.ToTable("request_categories");
        b.Property(x => x.Code).HasMaxLength(10);
        b.Property(x => x.NameZh).HasMaxLength(50);
        b.Property(x => x.NameEn).HasMaxLength(80);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Ignore(x => x.Name);
        b.HasIndex(x => x.Code).IsUnique();
        b.HasOne(x => x.Parent).WithMany().HasForeignKey(x => x.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ServiceRequestConfiguration : IEntityTypeConfiguration<ServiceRequest>
{
    public void Configure(EntityTypeBuilder<ServiceRequest> b)
    {
        b.ToTable("service_requests");
        b.Property(x => x.TrackingNumber).HasMaxLength(20);
        b.Property(x => x.Path).HasMaxLength(200);
        b.Property(x => x.AssignedPath).HasMaxLength(200);
        b.Property(x => x.Address).HasMaxLength(200);
        b.Property(x => x.Description).HasMaxLength(2000);
        b.Property(x => x.ContactName).HasMaxLength(50);
        b.Property(x => x.PhoneMasked).HasMaxLength(20);
        b.Property(x => x.EmailMasked).HasMaxLength(100);
        b.Property(x => x.NotifyLanguage).HasMaxLength(2);
        b.Property(x => x.CreatedBy).HasMaxLength(100);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => x.TrackingNumber).IsUnique();
        b.HasIndex(x => x.Path);
        b.HasIndex(x => new { x.AssignedPath, x.Status });
        b.HasIndex(x => x.PhoneHash);
        b.HasIndex(x => x.ReceivedAt);
        // Duplicate detection and the sweeper look at open requests by category and place.
        b.HasIndex(x => new { x.CategoryId, x.PlaceUnitId, x.Status });
        // The duplicate check at a community: open requests of one category under its path. Only open
        // requests are in it, so it stays small while the closed history grows (7 ms per intake over
        // 785,000 closed requests through the path index, docs/performance.md). The filter must be
        // the very text EF writes for OpenStatuses, or PostgreSQL cannot use it; migration 0017.
        b.HasIndex(x => new { x.CategoryId, x.Path }).HasDatabaseName("IX_service_requests_Open_CategoryId_Path")
            .HasFilter($"\"Status\" IN ({string.Join(", ", RequestQueries.OpenStatuses.Select(s => (int)s))})");
        b.HasOne(x => x.Category).WithMany().HasForeignKey(x => x.CategoryId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.PlaceUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.AssignedUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.History).WithOne().HasForeignKey(x => x.RequestId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class RequestTransitionConfiguration : IEntityTypeConfiguration<RequestTransition>
{
    public void Configure(EntityTypeBuilder<RequestTransition> b)
    {
        b.ToTable("request_transitions");
        b.Property(x => x.ActorId).HasMaxLength(100);
        b.Property(x => x.ActorName).HasMaxLength(100);
        b.Property(x => x.Note).HasMaxLength(RequestTransition.NoteMaxLength);
        b.HasIndex(x => x.RequestId);
    }
}

internal sealed class RequestCallbackConfiguration : IEntityTypeConfiguration<RequestCallback>
{
    public void Configure(EntityTypeBuilder<RequestCallback> b)
    {
        b.ToTable("request_callbacks");
        b.Property(x => x.ByUserId).HasMaxLength(100);
        b.Property(x => x.ByName).HasMaxLength(100);
        b.Property(x => x.Note).HasMaxLength(1000);
        b.HasIndex(x => x.RequestId);
        b.HasOne<ServiceRequest>().WithMany().HasForeignKey(x => x.RequestId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class RoutingRuleConfiguration : IEntityTypeConfiguration<RoutingRule>
{
    public void Configure(EntityTypeBuilder<RoutingRule> b)
    {
        b.ToTable("routing_rules");
        b.Property(x => x.PathPrefix).HasMaxLength(200);
        b.Property(x => x.Note).HasMaxLength(200);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => x.PathPrefix);
        b.HasOne<RequestCategory>().WithMany().HasForeignKey(x => x.CategoryId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.TargetUnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class RequestAttachmentConfiguration : IEntityTypeConfiguration<RequestAttachment>
{
    public void Configure(EntityTypeBuilder<RequestAttachment> b)
    {
        b.ToTable("request_attachments");
        b.Property(x => x.FileName).HasMaxLength(200);
        b.Property(x => x.ContentType).HasMaxLength(100);
        b.Property(x => x.StoredName).HasMaxLength(200);
        b.HasIndex(x => x.RequestId);
        b.HasOne<ServiceRequest>().WithMany().HasForeignKey(x => x.RequestId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class RequestNumberCounterConfiguration : IEntityTypeConfiguration<RequestNumberCounter>
{
    public void Configure(EntityTypeBuilder<RequestNumberCounter> b)
    {
        b.ToTable("request_number_counters");
        b.HasKey(x => x.Day);
    }
}
