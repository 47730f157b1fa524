using System.Data.Common;
using Linli.Core.Features.Hierarchy;
using Linli.Core.Features.Registry;

namespace Linli.Core.Features.Demo.Population;

/// <summary>The next free id of each table the demo population writes to.</summary>
internal sealed class NextIds
{
    public long OrgUnit { get; set; }
    public long Estate { get; set; }
    public long Household { get; set; }
    public long Resident { get; set; }
    public long Tag { get; set; }
    public long Event { get; set; }
}

/// <summary>
/// Writes generated committees with batched INSERTs inside the caller's transaction. Ids are given
/// here, from the current maximum of each table, so a household, its members and their tags can be
/// linked without reading anything back; the caller holds the write lock for the whole run.
/// </summary>
internal sealed class DemoPopulationWriter : IAsyncDisposable
{
    // Parents before children: flushing a table flushes every table before it first, so a
    // foreign key never points at a row still waiting in a batch.
    private readonly BatchedInsert[] _ordered;
    private readonly BatchedInsert _estates, _orgUnits, _households, _residents, _tags, _events;
    private readonly Func<Resident, ResidentEvent> _registeredEvent;
    private readonly NextIds _next;

    public DemoPopulationWriter(DbConnection connection, DbTransaction tx, bool manyRowsPerStatement, NextIds next, Func<Resident, ResidentEvent> registeredEvent)
    {
        (_next, _registeredEvent) = (next, registeredEvent);
        _estates = new(connection, tx, manyRowsPerStatement, "estates", "Id", "CommunityId", "Name", "IsDemo");
        _orgUnits = new(connection, tx, manyRowsPerStatement, "org_units", "Id", "Code", "Name", "Kind", "CommitteeType", "ParentId", "Path", "Depth", "EstateId", "IsDemo", "Version");
        _households = new(connection, tx, manyRowsPerStatement, "households", "Id", "CommunityId", "GridId", "EstateId", "BuildingId", "Path", "Entrance", "Room",
            "HousingStatus", "HeadResidentId", "IsDemo", "Version", "CreatedAt", "UpdatedAt");
        _residents = new(connection, tx, manyRowsPerStatement, "residents", "Id", "HouseholdId", "CommunityId", "Path", "Name", "DocumentType", "DocumentCipher", "DocumentHash",
            "DocumentMasked", "PhoneCipher", "PhoneHash", "PhoneMasked", "Sex", "BirthDate", "RelationToHead", "ResidenceType", "Status", "IsDemo",
            "Version", "CreatedAt", "UpdatedAt");
        _tags = new(connection, tx, manyRowsPerStatement, "resident_tags", "Id", "ResidentId", "Tag", "Detail");
        _events = new(connection, tx, manyRowsPerStatement, "resident_events", "Id", "ResidentId", "Kind", "At", "EffectiveDate", "Actor", "FromCommunityId", "ToCommunityId", "Note", "Changes");
        _ordered = [_estates, _orgUnits, _households, _residents, _tags, _events];
    }

    public int Residents => _residents.Written;
    public int Tags => _tags.Written;

    public async Task WriteAsync(CommunityPopulation population, CancellationToken ct)
    {
        foreach (var estate in population.Estates)
        {
            estate.Id = _next.Estate++;
            await AddAsync(_estates, ct, estate.Id, estate.CommunityId, estate.Name, estate.IsDemo);
        }
        foreach (var unit in population.Grids.Concat(population.Buildings))
        {
            unit.Id = _next.OrgUnit++;
            unit.ParentId ??= unit.Parent!.Id;
            unit.EstateId = unit.Estate?.Id;
            await AddAsync(_orgUnits, ct, unit.Id, unit.Code, unit.Name, (int)unit.Kind, null, unit.ParentId, unit.Path, unit.Depth, unit.EstateId, unit.IsDemo, 0);
        }
        foreach (var household in population.Households)
        {
            await WriteHouseholdAsync(household, ct);
        }
    }

    private async Task WriteHouseholdAsync(Household h, CancellationToken ct)
    {
        h.Id = _next.Household++;
        foreach (var member in h.Members)
        {
            member.Id = _next.Resident++;
        }
        h.HeadResidentId = h.Members[0].Id;
        await AddAsync(_households, ct, h.Id, h.CommunityId, h.Grid?.Id, h.Estate?.Id, h.Building?.Id, h.Path, h.Entrance, h.Room,
            (int)h.HousingStatus, h.HeadResidentId, h.IsDemo, 0, h.CreatedAt, h.UpdatedAt);
        foreach (var r in h.Members)
        {
            await AddAsync(_residents, ct, r.Id, h.Id, r.CommunityId, r.Path, r.Name, (int)r.DocumentType, r.DocumentCipher, r.DocumentHash,
                r.DocumentMasked, r.PhoneCipher, r.PhoneHash, r.PhoneMasked, (int?)r.Sex, r.BirthDate, r.RelationToHead, (int)r.ResidenceType,
                (int)r.Status, r.IsDemo, 0, r.CreatedAt, r.UpdatedAt);
            foreach (var tag in r.Tags)
            {
                await AddAsync(_tags, ct, _next.Tag++, r.Id, tag.Tag, tag.Detail);
            }
            var e = _registeredEvent(r);
            await AddAsync(_events, ct, _next.Event++, e.ResidentId, (int)e.Kind, e.At, e.EffectiveDate, e.Actor, e.FromCommunityId, e.ToCommunityId, e.Note, e.Changes);
        }
    }

    private async Task AddAsync(BatchedInsert batch, CancellationToken ct, params object?[] row)
    {
        batch.Add(row);
        if (batch.IsFull)
        {
            await FlushThroughAsync(batch, ct);
        }
    }

    private async Task FlushThroughAsync(BatchedInsert last, CancellationToken ct)
    {
        foreach (var batch in _ordered)
        {
            await batch.FlushAsync(ct);
            if (batch == last)
            {
                return;
            }
        }
    }

    public Task FlushAsync(CancellationToken ct) => FlushThroughAsync(_ordered[^1], ct);

    public async ValueTask DisposeAsync()
    {
        foreach (var batch in _ordered)
        {
            await batch.DisposeAsync();
        }
    }
}
