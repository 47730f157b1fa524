using Linli.Core.Features.Hierarchy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Linli.Core.Features.Admission;

internal sealed class DutyListConfiguration : IEntityTypeConfiguration<DutyList>, IEntityTypeConfiguration<DutyEntry>
{
    public void Configure(EntityTypeBuilder<DutyList> b)
    {
        b.ToTable("duty_lists");
        b.Property(x => x.Path).HasMaxLength(200);
        b.Property(x => x.Title).HasMaxLength(200);
        b.Property(x => x.PublishedBy).HasMaxLength(100);
        b.HasIndex(x => new { x.Path, x.Number }).IsUnique();
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Entries).WithOne().HasForeignKey(e => e.DutyListId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<DutyEntry> b)
    {
        b.ToTable("duty_entries");
        b.Property(x => x.Title).HasMaxLength(200);
        b.Property(x => x.LegalBasis).HasMaxLength(300);
        b.Property(x => x.Department).HasMaxLength(100);
    }
}

internal sealed class AdmissionRequestConfiguration : IEntityTypeConfiguration<AdmissionRequest>, IEntityTypeConfiguration<AdmissionTarget>, IEntityTypeConfiguration<AdmissionAttachment>
{
    public void Configure(EntityTypeBuilder<AdmissionRequest> b)
    {
        b.ToTable("admission_requests");
        b.Property(x => x.DepartmentUserId).HasMaxLength(450);
        b.Property(x => x.DepartmentName).HasMaxLength(100);
        b.Property(x => x.Path).HasMaxLength(200);
        b.Property(x => x.Title).HasMaxLength(200);
        b.Property(x => x.Content).HasMaxLength(4000);
        b.Property(x => x.Frequency).HasMaxLength(100);
        b.Property(x => x.HoursPerCommunity).HasPrecision(10, 2);
        b.Property(x => x.FundsAmount).HasPrecision(14, 2);
        b.Property(x => x.Authority).HasMaxLength(500);
        b.Property(x => x.DecidedBy).HasMaxLength(100);
        b.Property(x => x.Reasons).HasMaxLength(2000);
        b.Property(x => x.Conditions).HasMaxLength(2000);
        b.Property(x => x.CapOverrideReason).HasMaxLength(1000);
        b.Property(x => x.AdmissionNumber).HasMaxLength(40);
        b.Property(x => x.RevokeReason).HasMaxLength(1000);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => x.Path);
        b.HasIndex(x => x.AdmissionNumber).IsUnique();
        b.HasOne<ReviewGroup>().WithMany().HasForeignKey(x => x.ReviewGroupId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.TargetUnitId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<AdmissionTarget> b)
    {
        b.ToTable("admission_targets");
        b.Property(x => x.Path).HasMaxLength(200);
        b.HasIndex(x => new { x.RequestId, x.CommunityId }).IsUnique();
        b.HasIndex(x => x.Path);
        b.HasOne<AdmissionRequest>().WithMany().HasForeignKey(x => x.RequestId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.CommunityId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<AdmissionAttachment> b)
    {
        b.ToTable("admission_attachments");
        b.Property(x => x.FileName).HasMaxLength(200);
        b.Property(x => x.StoredName).HasMaxLength(100);
        b.Property(x => x.ContentType).HasMaxLength(100);
        b.HasIndex(x => x.RequestId);
        b.HasOne<AdmissionRequest>().WithMany().HasForeignKey(x => x.RequestId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ReviewConfiguration : IEntityTypeConfiguration<ReviewGroup>, IEntityTypeConfiguration<ReviewMember>, IEntityTypeConfiguration<ReviewOpinion>
{
    public void Configure(EntityTypeBuilder<ReviewGroup> b)
    {
        b.ToTable("review_groups");
        b.Property(x => x.Path).HasMaxLength(200);
        b.Property(x => x.Name).HasMaxLength(100);
        b.HasIndex(x => x.Path).IsUnique();
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Members).WithOne().HasForeignKey(m => m.GroupId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<ReviewMember> b)
    {
        b.ToTable("review_members");
        b.Property(x => x.UserId).HasMaxLength(450);
        b.Property(x => x.Name).HasMaxLength(100);
        b.HasIndex(x => new { x.GroupId, x.UserId }).IsUnique();
    }

    public void Configure(EntityTypeBuilder<ReviewOpinion> b)
    {
        b.ToTable("review_opinions");
        b.Property(x => x.MemberUserId).HasMaxLength(450);
        b.Property(x => x.MemberName).HasMaxLength(100);
        b.Property(x => x.Comment).HasMaxLength(2000);
        b.HasIndex(x => new { x.RequestId, x.MemberUserId }).IsUnique();
        b.HasOne<AdmissionRequest>().WithMany().HasForeignKey(x => x.RequestId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CommunityTaskConfiguration : IEntityTypeConfiguration<CommunityTask>, IEntityTypeConfiguration<UnadmittedReport>
{
    public void Configure(EntityTypeBuilder<CommunityTask> b)
    {
        b.ToTable("community_tasks");
        b.Property(x => x.Path).HasMaxLength(200);
        b.Property(x => x.Basis).HasMaxLength(240);
        b.Property(x => x.Title).HasMaxLength(200);
        b.Property(x => x.Details).HasMaxLength(2000);
        b.Property(x => x.Department).HasMaxLength(100);
        b.Property(x => x.IssuedByUserId).HasMaxLength(450);
        b.Property(x => x.CompletionNote).HasMaxLength(1000);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => x.Path);
        b.HasIndex(x => x.AdmissionRequestId);
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.CommunityId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<AdmissionRequest>().WithMany().HasForeignKey(x => x.AdmissionRequestId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<DutyEntry>().WithMany().HasForeignKey(x => x.DutyEntryId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<UnadmittedReport> b)
    {
        b.ToTable("unadmitted_reports");
        b.Property(x => x.Path).HasMaxLength(200);
        b.Property(x => x.Department).HasMaxLength(100);
        b.Property(x => x.What).HasMaxLength(1000);
        b.Property(x => x.Evidence).HasMaxLength(2000);
        b.Property(x => x.ReportedByUserId).HasMaxLength(450);
        b.Property(x => x.ReportedBy).HasMaxLength(100);
        b.Property(x => x.Outcome).HasMaxLength(1000);
        b.Property(x => x.ResolvedBy).HasMaxLength(100);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => x.Path);
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.CommunityId).OnDelete(DeleteBehavior.Restrict);
    }
}
