using Linli.Core.Common;
using Linli.Core.Common.Privacy;
using Linli.Core.Data;
using Linli.Core.Features.Accounts;
using Linli.Core.Features.Audit;
using Linli.Core.Features.Hierarchy;
using Linli.Core.Features.Registry;
using Microsoft.EntityFrameworkCore;

namespace Linli.Core.Features.Import;

/// <summary>
/// Imports residents from a spreadsheet (居民导入): read and check every row, check the rows against
/// the database (community codes, the caller's scope, people already registered), then write all
/// valid rows in one transaction — or nothing at all when the file has errors and the caller did
/// not ask for the valid rows only. Re-importing a file changes nothing: rows upsert by the hash of
/// the document number. One audit entry stands for the whole import.
/// </summary>
public sealed class ResidentImporter(LinliDb db, FieldProtector protector, TimeProvider clock, RegionDirectory regions, AuditActor actor)
{
    private const int LookupBatch = 500;

    public sealed record Request(Stream File, string FileName, ImportMode Mode);

    /// <summary>Reports progress as a percentage.</summary>
    public async Task<ImportOutcome> RunAsync(Caller caller, Request request, Action<int>? progress = null, CancellationToken ct = default)
    {
        if (!caller.Role.CanEditRegistry())
        {
            return ImportOutcome.Failed(new("当前角色不能导入居民信息", "Your role may not import residents"));
        }
        var now = clock.GetUtcNow().UtcDateTime;
        // One summary entry stands for the import, not one per row, conflict or new building.
        actor.SuppressRowAudit = true;
        var issues = new IssueLog();

        var read = new ImportFileReader(regions, protector.Hash, DateOnly.FromDateTime(now))
            .Read(request.File, request.FileName, issues, f => progress?.Invoke((int)(f * 70)), ct);
        if (read.Fatal is { } fatal)
        {
            await AuditAsync(caller, request, $"failed: {fatal.En}", ct);
            return ImportOutcome.Failed(fatal, read.Total, issues.BadRowCount, issues.Sorted());
        }

        await db.Database.OpenConnectionAsync(ct);
        try
        {
            var resolver = new AddressResolver(db);
            var planned = await PlanAsync(caller, read.Rows, resolver, issues, ct);
            progress?.Invoke(80);
            if (request.Mode == ImportMode.AllOrNothing && issues.BadRowCount > 0)
            {
                db.ChangeTracker.Clear();
                var message = new Bilingual(
                    $"共{read.Total}行，其中{issues.BadRowCount}行有错误，未导入任何数据。请改正后重新导入，或选择“只导入正确的行”",
                    $"{issues.BadRowCount} of {read.Total} rows have errors, so nothing was imported. Correct them and import again, or choose \"valid rows only\"");
                await AuditAsync(caller, request, $"rejected: {issues.BadRowCount} of {read.Total} rows have errors", ct);
                return ImportOutcome.Failed(message, read.Total, issues.BadRowCount, issues.Sorted());
            }
            var valid = planned.Where(p => !issues.IsBad(p.Row.RowNumber)).ToList();
            // One transaction for places, households, residents, tags, history and the audit entry: a failure leaves nothing behind.
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var counts = await new ImportWriter(db, protector, actor, now).WriteAsync(valid, resolver, request.FileName, p => progress?.Invoke(80 + p / 5), ct);
            var summary = $"{request.FileName}: {read.Total} rows, {counts.Inserted} inserted, {counts.Updated} updated, {counts.Unchanged} unchanged, {issues.BadRowCount} with errors";
            await AuditAsync(caller, request, summary, ct);
            await transaction.CommitAsync(ct);
            progress?.Invoke(100);
            return new ImportOutcome(true, read.Total, counts.Inserted, counts.Updated, counts.Unchanged, issues.BadRowCount, issues.Sorted(), null);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>A row with its community and, when the person is already registered, their record (tracked).</summary>
    public sealed record PlannedRow(ParsedRow Row, OrgUnit Community, Resident? Existing);

    private async Task<List<PlannedRow>> PlanAsync(Caller caller, List<ParsedRow> rows, AddressResolver resolver, IssueLog issues, CancellationToken ct)
    {
        var codeColumn = ImportColumns.Of(ImportColumn.CommunityCode).Header;
        var inScope = new List<(ParsedRow Row, OrgUnit Community)>();
        foreach (var row in rows)
        {
            var community = await resolver.CommunityAsync(row.Address.CommunityCode, ct);
            if (community is null)
            {
                issues.Add(new(row.RowNumber, codeColumn, new($"社区代码“{row.Address.CommunityCode}”不存在，请填写12位统计用区划代码",
                    $"Community code \"{row.Address.CommunityCode}\" does not exist; use the 12-digit NBS code")));
            }
            else if (!caller.CanSee(community.Path))
            {
                issues.Add(new(row.RowNumber, codeColumn, new($"社区代码“{row.Address.CommunityCode}”不在您的管辖范围内",
                    $"Community code \"{row.Address.CommunityCode}\" is outside your area")));
            }
            else
            {
                inScope.Add((row, community));
            }
        }

        var existing = await ExistingAsync(inScope.Select(r => r.Row.DocumentHash).ToList(), ct);
        var planned = new List<PlannedRow>(inScope.Count);
        var conflicts = new List<(ParsedRow Row, Resident Existing, OrgUnit Claiming)>();
        var numberColumn = ImportColumns.Of(ImportColumn.DocumentNumber).Header;
        foreach (var (row, community) in inScope)
        {
            existing.TryGetValue(Convert.ToHexString(row.DocumentHash), out var resident);
            if (resident?.Status == ResidentStatus.Deceased)
            {
                issues.Add(new(row.RowNumber, numberColumn, DocumentClaims.Deceased().Message));
            }
            else if (resident is { Status: ResidentStatus.Active } && resident.CommunityId != community.Id)
            {
                conflicts.Add((row, resident, community));
            }
            else
            {
                planned.Add(new(row, community, resident));
            }
        }
        await RecordConflictsAsync(caller, conflicts, issues, ct);
        return planned;
    }

    /// <summary>
    /// People active in another community are never merged (一人一档): each becomes an <see cref="IdentityConflict"/>
    /// that both communities' supervisors see, recorded once, even when the import itself writes nothing.
    /// </summary>
    private async Task RecordConflictsAsync(Caller caller, List<(ParsedRow Row, Resident Existing, OrgUnit Claiming)> conflicts, IssueLog issues, CancellationToken ct)
    {
        if (conflicts.Count == 0)
        {
            return;
        }
        var communityIds = conflicts.Select(c => c.Existing.CommunityId).Distinct().ToList();
        var names = await db.OrgUnits.Where(o => communityIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        var residentIds = conflicts.Select(c => c.Existing.Id).ToList();
        var open = (await db.IdentityConflicts.Where(c => !c.Resolved && residentIds.Contains(c.ExistingResidentId))
            .Select(c => new { c.ExistingResidentId, c.ClaimingCommunityId }).ToListAsync(ct))
            .Select(c => (c.ExistingResidentId, c.ClaimingCommunityId)).ToHashSet();
        var now = clock.GetUtcNow().UtcDateTime;
        var column = ImportColumns.Of(ImportColumn.DocumentNumber).Header;
        foreach (var (row, resident, claiming) in conflicts)
        {
            if (open.Add((resident.Id, claiming.Id)))
            {
                db.IdentityConflicts.Add(new IdentityConflict
                {
                    ExistingResidentId = resident.Id, ExistingCommunityId = resident.CommunityId, ExistingPath = resident.Path,
                    ClaimingCommunityId = claiming.Id, ClaimingPath = claiming.Path, ClaimedName = row.Resident.Name,
                    DocumentMasked = resident.DocumentMasked, Source = "居民导入", CreatedAt = now, CreatedBy = caller.Name,
                });
            }
            issues.Add(new(row.RowNumber, column, DocumentClaims.ActiveElsewhere(names[resident.CommunityId]).Message));
        }
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Residents already registered under these document hashes, tracked with their tags, by hash (hex).</summary>
    private async Task<Dictionary<string, Resident>> ExistingAsync(List<byte[]> hashes, CancellationToken ct)
    {
        var found = new Dictionary<string, Resident>(StringComparer.Ordinal);
        var connection = db.Database.GetDbConnection();
        foreach (var batch in hashes.Chunk(LookupBatch))
        {
            var ids = new List<long>();
            await using (var cmd = connection.CreateCommand())
            {
                var names = new List<string>();
                for (var i = 0; i < batch.Length; i++)
                {
                    var p = cmd.CreateParameter();
                    p.ParameterName = $"@h{i}";
                    p.Value = batch[i];
                    cmd.Parameters.Add(p);
                    names.Add(p.ParameterName);
                }
                cmd.CommandText = $"SELECT \"Id\" FROM residents WHERE \"DocumentHash\" IN ({string.Join(", ", names)})";
                await using var reader = await cmd.ExecuteReaderAsync(ct);
                while (await reader.ReadAsync(ct))
                {
                    ids.Add(reader.GetInt64(0));
                }
            }
            if (ids.Count > 0)
            {
                foreach (var resident in await db.Residents.Include(r => r.Tags).Where(r => ids.Contains(r.Id)).ToListAsync(ct))
                {
                    found[Convert.ToHexString(resident.DocumentHash)] = resident;
                }
            }
        }
        return found;
    }

    private async Task AuditAsync(Caller caller, Request request, string summary, CancellationToken ct)
    {
        var entry = AuditEntry.ForBulk(actor, AuditActions.Import, $"resident import ({request.Mode}) {summary}", caller.Scope.Value);
        entry.At = clock.GetUtcNow().UtcDateTime;
        db.AuditEntries.Add(entry);
        await db.SaveChangesAsync(ct);
    }
}
