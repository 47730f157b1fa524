using Linli.Core.Data;
using Linli.Core.Features.Hierarchy;
using Linli.Core.Features.Registry;

namespace Linli.Tests.Infrastructure;

/// <summary>
/// Registry rows written straight through EF, bypassing validation and encryption (the ciphers are
/// placeholder bytes): for tests of storage mechanics — triggers, totals, backups — not of the registry.
/// </summary>
public static class RawRegistryRows
{
    public static async Task<Household> AddHouseholdAsync(LinliDb db, OrgUnit community, int people)
    {
        var household = new Household { CommunityId = community.Id, Path = community.Path, Room = Guid.NewGuid().ToString("N")[..6] };
        db.Households.Add(household);
        await db.SaveChangesAsync();
        for (var i = 0; i < people; i++)
        {
            db.Residents.Add(new Resident
            {
                HouseholdId = household.Id,
                CommunityId = community.Id,
                Path = community.Path,
                Name = $"测试{community.Code[^3..]}{i}",
                DocumentCipher = [1, 2, (byte)i],
                DocumentHash = [.. Guid.NewGuid().ToByteArray(), .. Guid.NewGuid().ToByteArray()],
                DocumentMasked = "411102********000" + i,
                BirthDate = new DateOnly(1980 + i, 1, 1),
                Tags = [new ResidentTag { Tag = "低保" }],
            });
        }
        await db.SaveChangesAsync();
        return household;
    }
}
