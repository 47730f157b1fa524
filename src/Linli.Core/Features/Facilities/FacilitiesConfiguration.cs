using Linli.Core.Features.Hierarchy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Linli.Core.Features.Facilities;

internal sealed class ServiceRoomConfiguration : IEntityTypeConfiguration<ServiceRoom>
{
    public void Configure(EntityTypeBuilder<ServiceRoom> b)
    {
        b.ToTable("service_rooms");
        b.Property(x => x.Path).HasMaxLength(200);
        b.Property(x => x.Name).HasMaxLength(50);
        b.Property(x => x.Area).HasPrecision(12, 2);
        b.Property(x => x.FunctionRooms).HasMaxLength(500);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Ignore(x => x.FunctionRoomList);
        b.HasIndex(x => x.Path);
        // The import finds a room by community and name.
        b.HasIndex(x => new { x.CommunityId, x.Name }).IsUnique();
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.CommunityId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CommunitySiteConfiguration : IEntityTypeConfiguration<CommunitySite>
{
    public void Configure(EntityTypeBuilder<CommunitySite> b)
    {
        b.ToTable("community_sites");
        b.Property(x => x.Path).HasMaxLength(200);
        b.Property(x => x.OutdoorArea).HasPrecision(12, 2);
        b.Property(x => x.ShelterArea).HasPrecision(12, 2);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => x.Path);
        b.HasIndex(x => x.CommunityId).IsUnique();
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.CommunityId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class RoomSetConfiguration : IEntityTypeConfiguration<RoomSet>
{
    public void Configure(EntityTypeBuilder<RoomSet> b)
    {
        b.ToTable("room_sets");
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Name).HasMaxLength(50);
        b.Property(x => x.Rooms).HasMaxLength(1000);
        b.Property(x => x.Source).HasMaxLength(200);
        b.Ignore(x => x.RoomList);
    }
}

internal sealed class EstateHandoverConfiguration : IEntityTypeConfiguration<EstateHandover>
{
    public void Configure(EntityTypeBuilder<EstateHandover> b)
    {
        b.ToTable("estate_handovers");
        b.Property(x => x.Path).HasMaxLength(200);
        foreach (var area in new[] { nameof(EstateHandover.PlannedArea), nameof(EstateHandover.BuiltArea), nameof(EstateHandover.AcceptedArea), nameof(EstateHandover.HandedOverArea) })
        {
            b.Property<decimal?>(area).HasPrecision(12, 2);
        }
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => x.Path);
        b.HasIndex(x => x.EstateId).IsUnique();
        b.HasOne<Estate>().WithMany().HasForeignKey(x => x.EstateId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.CommunityId).OnDelete(DeleteBehavior.Restrict);
    }
}
