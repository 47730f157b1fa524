using Linli.Core.Features.Hierarchy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Linli.Core.Features.Wages;

internal sealed class LocalWageConfiguration : IEntityTypeConfiguration<LocalWage>
{
    public void Configure(EntityTypeBuilder<LocalWage> b)
    {
        b.ToTable("local_wages");
        b.Property(x => x.Path).HasMaxLength(200);
        b.Property(x => x.AverageAnnual).HasPrecision(12, 2);
        b.Property(x => x.MinimumMonthly).HasPrecision(12, 2);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => new { x.Path, x.Year }).IsUnique();
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
