using Linli.Core.Features.Accounts;
using Linli.Core.Features.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Linli.Core.Features.Companies;

internal sealed class ServiceCompanyConfiguration : IEntityTypeConfiguration<ServiceCompany>
{
    public void Configure(EntityTypeBuilder<ServiceCompany> b)
    {
        b.ToTable("service_companies");
        b.Property(x => x.Name).HasMaxLength(100);
        b.Property(x => x.Contact).HasMaxLength(100);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => x.Name).IsUnique();
        b.HasMany(x => x.Categories).WithOne().HasForeignKey(x => x.CompanyId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Areas).WithOne().HasForeignKey(x => x.CompanyId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Prices).WithOne().HasForeignKey(x => x.CompanyId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ServiceCompanyCategoryConfiguration : IEntityTypeConfiguration<ServiceCompanyCategory>
{
    public void Configure(EntityTypeBuilder<ServiceCompanyCategory> b)
    {
        b.ToTable("service_company_categories");
        b.HasKey(x => new { x.CompanyId, x.CategoryId });
        b.HasOne<RequestCategory>().WithMany().HasForeignKey(x => x.CategoryId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ServiceCompanyAreaConfiguration : IEntityTypeConfiguration<ServiceCompanyArea>
{
    public void Configure(EntityTypeBuilder<ServiceCompanyArea> b)
    {
        b.ToTable("service_company_areas");
        b.Property(x => x.PathPrefix).HasMaxLength(200);
        b.HasKey(x => new { x.CompanyId, x.PathPrefix });
    }
}

internal sealed class ServiceCompanyPriceConfiguration : IEntityTypeConfiguration<ServiceCompanyPrice>
{
    public void Configure(EntityTypeBuilder<ServiceCompanyPrice> b)
    {
        b.ToTable("service_company_prices");
        b.Property(x => x.Item).HasMaxLength(100);
        b.Property(x => x.Unit).HasMaxLength(20);
        b.HasIndex(x => x.CompanyId);
    }
}

internal sealed class ServiceCompanyUserConfiguration : IEntityTypeConfiguration<ServiceCompanyUser>
{
    public void Configure(EntityTypeBuilder<ServiceCompanyUser> b)
    {
        b.ToTable("service_company_users");
        b.HasKey(x => x.UserId);
        b.HasIndex(x => x.CompanyId);
        b.HasOne<LinliUser>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<ServiceCompany>().WithMany().HasForeignKey(x => x.CompanyId).OnDelete(DeleteBehavior.Cascade);
    }
}

/// <summary>The company a request is routed to: one nullable column on service_requests (migration 0009).</summary>
internal sealed class ServiceRequestCompanyConfiguration : IEntityTypeConfiguration<ServiceRequest>
{
    public void Configure(EntityTypeBuilder<ServiceRequest> b)
    {
        b.HasIndex(x => new { x.ServiceCompanyId, x.Status });
        b.HasOne<ServiceCompany>().WithMany().HasForeignKey(x => x.ServiceCompanyId).OnDelete(DeleteBehavior.Restrict);
    }
}
