using Linli.Core.Features.Hierarchy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Linli.Core.Features.Funding;

internal sealed class BudgetLineConfiguration : IEntityTypeConfiguration<BudgetLine>
{
    public void Configure(EntityTypeBuilder<BudgetLine> b)
    {
        b.ToTable("budget_lines");
        b.Property(x => x.Path).HasMaxLength(200);
        b.Property(x => x.Budget).HasPrecision(14, 2);
        b.Property(x => x.Spent).HasPrecision(14, 2);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => x.Path);
        b.HasIndex(x => new { x.CommunityId, x.Year, x.Category, x.Source }).IsUnique();
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.CommunityId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class FundingFormulaConfiguration : IEntityTypeConfiguration<FundingFormula>
{
    public void Configure(EntityTypeBuilder<FundingFormula> b)
    {
        b.ToTable("funding_formulas");
        b.Property(x => x.Path).HasMaxLength(200);
        b.Property(x => x.BaseAmount).HasPrecision(14, 2);
        b.Property(x => x.PerHousehold).HasPrecision(12, 2);
        b.Property(x => x.PerTask).HasPrecision(12, 2);
        b.Property(x => x.GrowthPercent).HasPrecision(6, 2);
        b.Property(x => x.CreatedBy).HasMaxLength(100);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => new { x.Path, x.Year }).IsUnique();
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class TaskCountConfiguration : IEntityTypeConfiguration<TaskCount>
{
    public void Configure(EntityTypeBuilder<TaskCount> b)
    {
        b.ToTable("community_task_counts");
        b.Property(x => x.Path).HasMaxLength(200);
        b.HasIndex(x => x.Path);
        b.HasIndex(x => new { x.CommunityId, x.Year }).IsUnique();
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.CommunityId).OnDelete(DeleteBehavior.Restrict);
    }
}
