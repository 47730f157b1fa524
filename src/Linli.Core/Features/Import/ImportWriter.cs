using System.Text.Json;
using Linli.Core.Common.Privacy;
using Linli.Core.Data;
using Linli.Core.Features.Audit;
using Linli.Core.Features.Hierarchy;
using Linli.Core.Features.Registry;
using Microsoft.EntityFrameworkCore;

namespace Linli.Core.Features.Import;

/// <summary>
/// Writes the checked rows inside the import's transaction: missing grids, estates and buildings
/// (few, through EF), households found or created by address and new residents with their tags
/// and history (many, through <see cref="BulkInsert"/>), and changes to people already registered
/// (through EF, with a history entry each).
/// </summary>
internal sealed class ImportWriter(LinliDb db, FieldProtector protector, AuditActor actor, DateTime now)
{
    public sealed record Counts(int Inserted, int Updated, int Unchanged);

    private readonly record struct AddressKey(long Community, long? Grid, long? Estate, long? Building, string Entrance, string Room);

    private static readonly string[] HouseholdColumns =
        ["CommunityId", "GridId", "EstateId", "BuildingId", "Path", "Entrance", "Room", "HousingStatus", "IsDemo", "Version", "CreatedAt", "UpdatedAt"];

    private static readonly string[] ResidentColumns =
        ["HouseholdId", "CommunityId", "Path", "Name", "DocumentType", "DocumentCipher", "DocumentHash", "DocumentMasked", "PhoneCipher", "PhoneHash",
         "PhoneMasked", "Sex", "BirthDate", "RelationToHead", "ResidenceType", "Status", "IsDemo", "Version", "CreatedAt", "UpdatedAt"];

    private static readonly string[] OrgUnitColumns = ["Code", "Name", "Kind", "CommitteeType", "ParentId", "Path", "Depth", "EstateId", "IsDemo", "Version"];

    private static readonly string[] TagColumns = ["ResidentId", "Tag", "Detail"];

    private static readonly string[] EventColumns = ["ResidentId", "Kind", "At", "Actor", "ToCommunityId", "Note", "Changes"];

    public async Task<Counts> WriteAsync(IReadOnlyList<ResidentImporter.PlannedRow> rows, AddressResolver resolver, string fileName, Action<int> progress, CancellationToken ct)
    {
        await resolver.PreloadAsync([.. rows.Select(r => r.Community).Distinct()], ct);
        var places = new AddressResolver.Place[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            places[i] = (await resolver.ResolveAsync(rows[i].Row.Address, ct: ct)).Value!;
        }
        await SavePlacesAsync(ct);
        var households = await HouseholdsAsync(rows, places, ct);
        progress(30);

        var note = $"导入 {fileName}";
        var newRows = new List<object?[]>();
        var newIndexes = new List<int>();
        int updated = 0, unchanged = 0;
        for (var i = 0; i < rows.Count; i++)
        {
            var (row, community, existing) = rows[i];
            var householdId = households[i];
            if (existing is null)
            {
                newRows.Add(NewResident(row.Resident, householdId, community.Id, places[i].Path));
                newIndexes.Add(i);
            }
            else if (Update(existing, row.Resident, householdId, community.Id, places[i].Path, note))
            {
                updated++;
            }
            else
            {
                unchanged++;
            }
        }
        var ids = await BulkInsert.InsertAsync(db, "residents", ResidentColumns, newRows, ct);
        progress(70);
        var tags = new List<object?[]>();
        var events = new List<object?[]>();
        for (var n = 0; n < ids.Length; n++)
        {
            var (row, community, _) = rows[newIndexes[n]];
            tags.AddRange(row.Resident.Tags.Select(t => new object?[] { ids[n], t.Tag, string.IsNullOrEmpty(t.Detail) ? null : t.Detail }));
            events.Add([ids[n], (int)ResidentEventKind.Registered, now, actor.Name, community.Id, note, "[]"]);
        }
        await BulkInsert.InsertAsync(db, "resident_tags", TagColumns, tags, ct);
        await BulkInsert.InsertAsync(db, "resident_events", EventColumns, events, ct);
        await db.SaveChangesAsync(ct);
        await SetHouseholdHeadsAsync(places.Select(p => p.Community.Id).Distinct().ToList(), ct);
        progress(100);
        return new Counts(ids.Length, updated, unchanged);
    }

    /// <summary>
    /// Writes the estates, grids and buildings the resolver added (a new city can bring tens of
    /// thousands) through the bulk path, parents first, then lets EF track them as saved.
    /// </summary>
    private async Task SavePlacesAsync(CancellationToken ct)
    {
        var estates = db.ChangeTracker.Entries<Estate>().Where(e => e.State == EntityState.Added).ToList();
        var units = db.ChangeTracker.Entries<OrgUnit>().Where(e => e.State == EntityState.Added).ToList();

        var estateIds = await BulkInsert.InsertAsync(db, "estates", ["CommunityId", "Name", "IsDemo"], [.. estates.Select(e => new object?[] { e.Entity.CommunityId, e.Entity.Name, e.Entity.IsDemo })], ct);
        for (var i = 0; i < estates.Count; i++)
        {
            // A real key replaces the temporary one (EF propagates it to dependents), and the row counts as saved.
            estates[i].Property(e => e.Id).CurrentValue = estateIds[i];
            estates[i].State = EntityState.Unchanged;
        }
        // Grids first: buildings may sit under a grid created by this same import.
        foreach (var kind in new[] { OrgUnitKind.Grid, OrgUnitKind.Building })
        {
            var level = units.Where(u => u.Entity.Kind == kind).ToList();
            var ids = await BulkInsert.InsertAsync(db, "org_units", OrgUnitColumns,
                [.. level.Select(u => new object?[] { u.Entity.Code, u.Entity.Name, (int)kind, null, u.Entity.Parent!.Id, u.Entity.Path, u.Entity.Depth, u.Entity.Estate?.Id, u.Entity.IsDemo, 0 })], ct);
            for (var i = 0; i < level.Count; i++)
            {
                level[i].Property(u => u.Id).CurrentValue = ids[i];
                level[i].State = EntityState.Unchanged;
            }
        }
    }

    /// <summary>The household id of every row: an existing one at the same address, or a new one.</summary>
    private async Task<long[]> HouseholdsAsync(IReadOnlyList<ResidentImporter.PlannedRow> rows, AddressResolver.Place[] places, CancellationToken ct)
    {
        var communityIds = places.Select(p => p.Community.Id).Distinct().ToList();
        var known = new Dictionary<AddressKey, long>();
        foreach (var h in await db.Households.AsNoTracking().Where(h => communityIds.Contains(h.CommunityId))
            .Select(h => new { h.Id, h.CommunityId, h.GridId, h.EstateId, h.BuildingId, h.Entrance, h.Room }).ToListAsync(ct))
        {
            known.TryAdd(new(h.CommunityId, h.GridId, h.EstateId, h.BuildingId, h.Entrance, h.Room), h.Id);
        }
        var keys = new AddressKey[rows.Count];
        var pending = new Dictionary<AddressKey, int>();
        var newRows = new List<object?[]>();
        for (var i = 0; i < rows.Count; i++)
        {
            var (address, place) = (rows[i].Row.Address, places[i]);
            keys[i] = new(place.Community.Id, place.Grid?.Id, place.Estate?.Id, place.Building?.Id, address.Entrance.Trim(), address.Room.Trim());
            if (!known.ContainsKey(keys[i]) && !pending.ContainsKey(keys[i]))
            {
                pending[keys[i]] = newRows.Count;
                newRows.Add([keys[i].Community, keys[i].Grid, keys[i].Estate, keys[i].Building, place.Path, keys[i].Entrance, keys[i].Room,
                    (int)HousingStatus.Owner, false, 0, now, now]);
            }
        }
        var ids = await BulkInsert.InsertAsync(db, "households", HouseholdColumns, newRows, ct);
        foreach (var (key, index) in pending)
        {
            known[key] = ids[index];
        }
        return [.. keys.Select(k => known[k])];
    }

    private object?[] NewResident(ValidResident v, long householdId, long communityId, string path) =>
    [
        householdId, communityId, path, v.Name, (int)v.DocumentType,
        protector.Encrypt(v.DocumentNumber), protector.Hash(v.DocumentNumber), Mask.IdNumber(v.DocumentNumber),
        v.Phone is null ? null : protector.Encrypt(v.Phone), v.Phone is null ? null : protector.Hash(v.Phone), v.Phone is null ? null : Mask.Phone(v.Phone),
        v.Sex is { } sex ? (int)sex : null, v.BirthDate, v.RelationToHead, (int)v.ResidenceType, (int)ResidentStatus.Active, false, 0, now, now,
    ];

    /// <summary>Applies the row to a person already registered here (or moved out earlier); false when nothing differs.</summary>
    private bool Update(Resident resident, ValidResident v, long householdId, long communityId, string path, string note)
    {
        var movedBackIn = resident.Status == ResidentStatus.MovedOut;
        var fromCommunity = resident.CommunityId;
        var changed = resident.Apply(v, protector);
        if (resident.HouseholdId != householdId)
        {
            changed.Add("住址");
            (resident.HouseholdId, resident.CommunityId, resident.Path) = (householdId, communityId, path);
        }
        if (!movedBackIn && changed.Count == 0)
        {
            return false;
        }
        resident.Status = ResidentStatus.Active;
        resident.UpdatedAt = now;
        db.ResidentEvents.Add(new ResidentEvent
        {
            ResidentId = resident.Id,
            Kind = movedBackIn ? ResidentEventKind.MovedIn : ResidentEventKind.Updated,
            At = now,
            Actor = actor.Name,
            FromCommunityId = movedBackIn ? fromCommunity : null,
            ToCommunityId = communityId,
            Note = note,
            Changes = JsonSerializer.Serialize(changed.Select(field => new { field })),
        });
        return true;
    }

    /// <summary>A household without a head gets the member recorded as 户主 or 本人 (set-based, one statement).</summary>
    private async Task SetHouseholdHeadsAsync(List<long> communityIds, CancellationToken ct)
    {
        foreach (var batch in communityIds.Chunk(500))
        {
            var list = string.Join(", ", batch);
            var sql = $"""
                UPDATE households SET "HeadResidentId" = (
                    SELECT MIN(r."Id") FROM residents r
                    WHERE r."HouseholdId" = households."Id" AND r."Status" = {(int)ResidentStatus.Active} AND r."RelationToHead" IN ('户主', '本人'))
                WHERE "HeadResidentId" IS NULL AND "CommunityId" IN ({list})
                """;
            await db.Database.ExecuteSqlRawAsync(sql, ct);
        }
    }
}
