using Linli.Core.Common;
using Linli.Core.Common.Spreadsheets;
using Linli.Core.Data;
using Linli.Core.Features.Accounts;
using Linli.Core.Features.Audit;
using Linli.Core.Features.Hierarchy;
using Microsoft.EntityFrameworkCore;

namespace Linli.Core.Features.Facilities;

/// <summary>
/// Imports the facilities template (.xlsx/.csv, UTF-8 or GB18030, headers in any order), one row
/// per service room. Every row is checked first; any error means nothing is written and every
/// problem is listed as "第N行 列名：…". A room is found by community and name: an existing one is
/// updated, a new one added; rooms not in the file stay. 户外场地面积 sets the community's outdoor space.
/// </summary>
public sealed class ImportFacilities(LinliDb db, TimeProvider clock, AuditActor actor)
{
    public const int MaxErrorsShown = 100;

    public sealed record Outcome(int Created, int Updated, IReadOnlyList<Bilingual> Errors)
    {
        public bool Ok => Errors.Count == 0;
    }

    private sealed record Parsed(int Row, RoomDraft.Valid Room);

    /// <param name="caller">Null for the CLI, which the operator runs with access to everything.</param>
    public async Task<Outcome> HandleAsync(Caller? caller, Stream file, string fileName, CancellationToken ct = default)
    {
        if (caller is not null && !FacilityAccess.MayEdit(caller.Role))
        {
            return Fail(new("当前角色不能导入阵地信息", "Your role may not import facility records"));
        }
        var (table, unreadable) = TemplateRows.Read(file, fileName, FacilityTemplate.Required, new(FacilityTemplate.MaxDataRows, FacilityTemplate.MaxFileBytes));
        if (unreadable is not null)
        {
            return Fail(unreadable);
        }
        var errors = new List<Bilingual>();
        var rows = new List<Parsed>();
        foreach (var row in table)
        {
            var draft = new RoomDraft(row[FacilityTemplate.CommunityCode], row[FacilityTemplate.RoomName], row[FacilityTemplate.Area],
                row[FacilityTemplate.Tenure], row[FacilityTemplate.FunctionRooms], row[FacilityTemplate.OutdoorArea]);
            var (valid, rowErrors) = draft.Validate();
            errors.AddRange(rowErrors.Select(e => RowError(row.Number, e.Field!, e.Message)));
            if (valid is not null)
            {
                rows.Add(new(row.Number, valid));
            }
        }
        var communities = await CheckAsync(caller, rows, errors, ct);
        if (errors.Count > 0)
        {
            return new Outcome(0, 0, errors.Take(MaxErrorsShown).ToList());
        }
        // Like the other bulk paths, an import writes one summary audit entry rather than one per row.
        var suppressed = actor.SuppressRowAudit;
        actor.SuppressRowAudit = true;
        try
        {
            return await WriteAsync(caller, fileName, rows, communities, ct);
        }
        finally
        {
            actor.SuppressRowAudit = suppressed;
        }
    }

    private async Task<Dictionary<string, OrgUnit>> CheckAsync(Caller? caller, List<Parsed> rows, List<Bilingual> errors, CancellationToken ct)
    {
        var codes = rows.Select(r => r.Room.CommunityCode).Distinct().ToList();
        var communities = new Dictionary<string, OrgUnit>();
        foreach (var chunk in codes.Chunk(500))
        {
            foreach (var unit in await db.OrgUnits.AsNoTracking().Where(o => chunk.Contains(o.Code) && o.Kind == OrgUnitKind.Community).ToListAsync(ct))
            {
                communities[unit.Code] = unit;
            }
        }
        var seenRooms = new Dictionary<(string, string), int>();
        var outdoor = new Dictionary<string, (int Row, decimal Area)>();
        foreach (var (rowNumber, room) in rows)
        {
            if (!communities.TryGetValue(room.CommunityCode, out var community) || (caller is not null && !caller.CanSee(community.Path)))
            {
                errors.Add(RowError(rowNumber, FacilityTemplate.CommunityCode, new($"社区代码 {room.CommunityCode} 不存在或不在您的管辖范围内", $"community {room.CommunityCode} does not exist or is outside your area")));
                continue;
            }
            if (!seenRooms.TryAdd((room.CommunityCode, room.Name), rowNumber))
            {
                errors.Add(RowError(rowNumber, FacilityTemplate.RoomName, new($"与第{seenRooms[(room.CommunityCode, room.Name)]}行是同一社区的同一用房", $"the same room of the same community as row {seenRooms[(room.CommunityCode, room.Name)]}")));
            }
            if (room.OutdoorArea is { } area && !outdoor.TryAdd(room.CommunityCode, (rowNumber, area)) && outdoor[room.CommunityCode].Area != area)
            {
                errors.Add(RowError(rowNumber, FacilityTemplate.OutdoorArea, new($"与第{outdoor[room.CommunityCode].Row}行同一社区的户外场地面积不一致", $"differs from the outdoor area of the same community in row {outdoor[room.CommunityCode].Row}")));
            }
        }
        return communities;
    }

    private async Task<Outcome> WriteAsync(Caller? caller, string fileName, List<Parsed> rows, Dictionary<string, OrgUnit> communities, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var ids = communities.Values.Select(c => c.Id).ToList();
        var existing = new List<ServiceRoom>();
        var sites = new Dictionary<long, CommunitySite>();
        foreach (var chunk in ids.Chunk(500))
        {
            existing.AddRange(await db.Set<ServiceRoom>().Where(r => chunk.Contains(r.CommunityId)).ToListAsync(ct));
            foreach (var site in await db.Set<CommunitySite>().Where(s => chunk.Contains(s.CommunityId)).ToListAsync(ct))
            {
                sites[site.CommunityId] = site;
            }
        }
        var rooms = existing.ToDictionary(r => (r.CommunityId, r.Name));
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var created = 0;
        foreach (var (_, valid) in rows)
        {
            var community = communities[valid.CommunityCode];
            if (!rooms.TryGetValue((community.Id, valid.Name), out var room))
            {
                room = new ServiceRoom { CommunityId = community.Id, Path = community.Path, Name = valid.Name, CreatedAt = now };
                db.Add(room);
                rooms[(community.Id, valid.Name)] = room;
                created++;
            }
            (room.Area, room.Tenure, room.FunctionRooms, room.UpdatedAt) = (valid.Area, valid.Tenure, valid.FunctionRooms, now);
            if (valid.OutdoorArea is { } outdoor)
            {
                if (!sites.TryGetValue(community.Id, out var site))
                {
                    site = new CommunitySite { CommunityId = community.Id, Path = community.Path };
                    db.Add(site);
                    sites[community.Id] = site;
                }
                (site.OutdoorArea, site.UpdatedAt) = (outdoor, now);
            }
        }
        await db.SaveChangesAsync(ct);
        db.AuditEntries.Add(AuditEntry.ForBulk(actor, AuditActions.Import, $"阵地用房导入 {fileName}：新增 {created}，更新 {rows.Count - created}", caller?.Scope.Value));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return new Outcome(created, rows.Count - created, []);
    }

    private static Bilingual RowError(int row, string column, Bilingual message) =>
        new($"第{row}行 {column}：{message.Zh}", $"Row {row}, {column}: {message.En}");

    private static Outcome Fail(Bilingual error) => new(0, 0, [error]);
}
