using Linli.Core.Common;
using Linli.Core.Common.Privacy;
using Linli.Core.Common.Spreadsheets;
using Linli.Core.Data;
using Linli.Core.Features.Accounts;
using Linli.Core.Features.Audit;
using Linli.Core.Features.Hierarchy;
using Microsoft.EntityFrameworkCore;

namespace Linli.Core.Features.Workers;

/// <summary>
/// Imports the worker roster template (.xlsx/.csv, headers in any order). Every row is checked
/// first; any error means nothing is written and every problem is listed as "第N行 列名：…".
/// A person already on the same community's roll is updated, anyone else is added.
/// </summary>
public sealed class ImportWorkers(LinliDb db, FieldProtector protector, TimeProvider clock, AuditActor actor)
{
    public const int MaxErrorsShown = 100;

    public sealed record Outcome(int Created, int Updated, IReadOnlyList<Bilingual> Errors)
    {
        public bool Ok => Errors.Count == 0;
    }

    /// <param name="caller">Null for the CLI, which the operator runs with access to everything.</param>
    public async Task<Outcome> HandleAsync(Caller? caller, Stream file, string fileName, CancellationToken ct = default)
    {
        if (caller is not null && !SaveWorker.MayEdit(caller.Role))
        {
            return Fail(new("当前角色不能导入社区工作者名册", "Your role may not import the worker roster"));
        }
        var (table, unreadable) = TemplateRows.Read(file, fileName, WorkerTemplate.Required, WorkerTemplate.Limits);
        if (unreadable is not null)
        {
            return Fail(unreadable);
        }
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var errors = new List<Bilingual>();
        var rows = new List<(int Row, ValidWorker Worker)>();
        foreach (var row in table)
        {
            var draft = new WorkerDraft(row[WorkerTemplate.Name], row[WorkerTemplate.IdNumber], row[WorkerTemplate.CommunityCode],
                row[WorkerTemplate.Post], row[WorkerTemplate.Employment], row[WorkerTemplate.HireDate], row[WorkerTemplate.LeaveDate],
                row[WorkerTemplate.LeaveReason], row[WorkerTemplate.Education], row[WorkerTemplate.Certificate], row[WorkerTemplate.MonthlyPay]);
            var (valid, rowErrors) = WorkerValidation.Validate(draft, today);
            errors.AddRange(rowErrors.Select(e => RowError(row.Number, e.Field!, e.Message)));
            if (valid is not null)
            {
                rows.Add((row.Number, valid));
            }
        }

        var plan = await PlanAsync(caller, rows, errors, ct);
        if (errors.Count > 0)
        {
            return new Outcome(0, 0, errors.Take(MaxErrorsShown).ToList());
        }
        var now = clock.GetUtcNow().UtcDateTime;
        // Like the other bulk paths, an import writes one summary entry rather than one per row.
        var suppressed = actor.SuppressRowAudit;
        actor.SuppressRowAudit = true;
        try
        {
            return await WriteAsync(caller, fileName, plan, now, ct);
        }
        finally
        {
            actor.SuppressRowAudit = suppressed;
        }
    }

    private async Task<Outcome> WriteAsync(Caller? caller, string fileName, List<(CommunityWorker Worker, ValidWorker Valid, OrgUnit Community)> plan, DateTime now, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        foreach (var (worker, valid, community) in plan)
        {
            if (worker.Id == 0)
            {
                worker.CreatedAt = now;
                db.CommunityWorkers.Add(worker);
            }
            worker.Apply(valid, community, protector, now);
        }
        var created = plan.Count(p => p.Worker.Id == 0);
        await db.SaveChangesAsync(ct);
        db.AuditEntries.Add(AuditEntry.ForBulk(actor, AuditActions.Import, $"社区工作者名册导入 {fileName}：新增 {created}，更新 {plan.Count - created}", caller?.Scope.Value));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return new Outcome(created, plan.Count - created, []);
    }

    private async Task<List<(CommunityWorker Worker, ValidWorker Valid, OrgUnit Community)>> PlanAsync(
        Caller? caller, List<(int Row, ValidWorker Worker)> rows, List<Bilingual> errors, CancellationToken ct)
    {
        var codes = rows.Select(r => r.Worker.CommunityCode).Distinct().ToList();
        var communities = await db.OrgUnits.AsNoTracking().Where(o => codes.Contains(o.Code) && o.Kind == OrgUnitKind.Community).ToDictionaryAsync(o => o.Code, ct);
        var hashes = rows.Select(r => protector.Hash(r.Worker.IdNumber)).ToList();
        var existing = (await db.CommunityWorkers.Where(w => hashes.Contains(w.DocumentHash)).ToListAsync(ct))
            .ToLookup(w => Convert.ToHexString(w.DocumentHash));
        var seen = new Dictionary<string, int>();
        var plan = new List<(CommunityWorker, ValidWorker, OrgUnit)>();
        foreach (var ((rowNumber, valid), hash) in rows.Zip(hashes))
        {
            var key = Convert.ToHexString(hash);
            if (!communities.TryGetValue(valid.CommunityCode, out var community) || (caller is not null && !caller.CanSee(community.Path)))
            {
                errors.Add(RowError(rowNumber, WorkerTemplate.CommunityCode, new($"社区代码 {valid.CommunityCode} 不存在或不在您的管辖范围内", $"community {valid.CommunityCode} does not exist or is outside your area")));
                continue;
            }
            if (seen.TryGetValue(key, out var firstRow))
            {
                errors.Add(RowError(rowNumber, WorkerTemplate.IdNumber, new($"与第{firstRow}行是同一人", $"the same person as row {firstRow}")));
                continue;
            }
            seen[key] = rowNumber;
            var mine = existing[key].FirstOrDefault(w => w.CommunityId == community.Id && (w.LeaveDate is null || w.HireDate == valid.HireDate));
            if (mine is null && valid.LeaveDate is null && existing[key].Any(w => w.LeaveDate is null))
            {
                errors.Add(RowError(rowNumber, WorkerTemplate.IdNumber, new("此人已在另一社区的名册上在岗，请先在那里办理离职", "this person is on the roll of another community; record their leave there first")));
                continue;
            }
            plan.Add((mine ?? new CommunityWorker { Name = valid.Name, Path = community.Path, DocumentCipher = [], DocumentHash = [], DocumentMasked = "" }, valid, community));
        }
        return plan;
    }

    private static Bilingual RowError(int row, string column, Bilingual message) =>
        new($"第{row}行 {column}：{message.Zh}", $"Row {row}, {column}: {message.En}");

    private static Outcome Fail(Bilingual error) => new(0, 0, [error]);
}
