using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Linli.Core.Features.Audit;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.ToTable("audit_log");
        b.Property(x => x.Actor).HasMaxLength(100);
        b.Property(x => x.Action).HasMaxLength(40);
        b.Property(x => x.EntityType).HasMaxLength(40);
        b.Property(x => x.EntityId).HasMaxLength(40);
        b.Property(x => x.OrgPath).HasMaxLength(200);
        b.Property(x => x.Summary).HasMaxLength(500);
        b.Property(x => x.Purpose).HasMaxLength(200);
        b.Property(x => x.IpAddress).HasMaxLength(64);
        b.HasIndex(x => x.At);
        b.HasIndex(x => new { x.Action, x.At });
        b.HasIndex(x => x.OrgPath);
    }
}
