using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Linli.Core.Features.Import;

internal sealed class ImportJobConfiguration : IEntityTypeConfiguration<ImportJob>
{
    public void Configure(EntityTypeBuilder<ImportJob> b)
    {
        b.ToTable("import_jobs");
        b.Property(x => x.UserId).HasMaxLength(64);
        b.Property(x => x.Actor).HasMaxLength(100);
        b.Property(x => x.OrgPath).HasMaxLength(200);
        b.Property(x => x.FileName).HasMaxLength(260);
        b.Property(x => x.MessageZh).HasMaxLength(500);
        b.Property(x => x.MessageEn).HasMaxLength(500);
        b.HasIndex(x => new { x.OrgPath, x.CreatedAt });
    }
}

internal sealed class ImportRowErrorConfiguration : IEntityTypeConfiguration<ImportRowError>
{
    public void Configure(EntityTypeBuilder<ImportRowError> b)
    {
        b.ToTable("import_row_errors");
        b.Property(x => x.Column).HasMaxLength(40);
        b.Property(x => x.MessageZh).HasMaxLength(300);
        b.Property(x => x.MessageEn).HasMaxLength(300);
        b.HasIndex(x => new { x.JobId, x.RowNumber });
        b.HasOne<ImportJob>().WithMany().HasForeignKey(x => x.JobId).OnDelete(DeleteBehavior.Cascade);
    }
}
