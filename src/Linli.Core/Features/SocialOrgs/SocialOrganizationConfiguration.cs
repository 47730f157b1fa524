using Linli.Core.Features.Hierarchy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Linli.Core.Features.SocialOrgs;

internal sealed class SocialOrganizationConfiguration : IEntityTypeConfiguration<SocialOrganization>
{
    public void Configure(EntityTypeBuilder<SocialOrganization> b)
    {
        b.ToTable("social_organizations");
        b.Property(x => x.Path).HasMaxLength(200);
        b.Property(x => x.Name).HasMaxLength(100);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => x.Path);
        b.HasIndex(x => new { x.CommunityId, x.Name }).IsUnique();
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.CommunityId).OnDelete(DeleteBehavior.Restrict);
    }
}
