using Linli.Core.Features.Hierarchy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Linli.Core.Features.Accounts;

internal sealed class LinliUserConfiguration : IEntityTypeConfiguration<LinliUser>
{
    public void Configure(EntityTypeBuilder<LinliUser> b)
    {
        b.Property(x => x.DisplayName).HasMaxLength(100);
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
