using Linli.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Linli.Core.Features.Requests;

public sealed record SweepOutcome(bool Ran, int Warned, int Overdue, int Escalated);

/// <summary>
/// One pass of the deadline sweeper: marks a warning on open requests whose due time is within the
/// configured working hours, marks overdue ones, and escalates each overdue request one level up the
/// org tree (recorded as a transition by "the system"). Each mark is set once, so a request is
/// escalated once however many passes run.
/// </summary>
/// <remarks>
/// Exactly once across instances: on PostgreSQL each batch runs in a transaction that first takes
/// pg_try_advisory_xact_lock; an instance that does not get it skips this pass, and one that gets it
/// later sees the marks the other committed. On SQLite (one instance per database file) the
/// transaction's write lock serializes passes. A person changing a request meanwhile makes the
/// Version check fail; the batch rolls back and the next pass retries it.
/// </remarks>
public sealed class SweepDeadlines(LinliDb db, TimeProvider clock, RequestOptions options, TransitionRequest transitions)
{
    private const long PostgresSweepLockKey = 0x4C696E6C6953; // "LinliS"
    public const int BatchSize = 200;
    public const string SystemActor = "系统（时限监控）";

    public async Task<SweepOutcome> RunAsync(CancellationToken ct = default)
    {
        var (warned, overdue, escalated) = (0, 0, 0);
        for (var batch = 0; batch < 50; batch++)
        {
            var result = await RunBatchAsync(ct);
            if (!result.Ran)
            {
                return batch == 0 ? result : new(true, warned, overdue, escalated);
            }
            (warned, overdue, escalated) = (warned + result.Warned, overdue + result.Overdue, escalated + result.Escalated);
            if (result.Warned + result.Overdue < BatchSize)
            {
                break;
            }
        }
        return new(true, warned, overdue, escalated);
    }

    private async Task<SweepOutcome> RunBatchAsync(CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (db.IsPostgres && !(await db.Database.SqlQuery<bool>($"SELECT pg_try_advisory_xact_lock({PostgresSweepLockKey}) AS \"Value\"").ToListAsync(ct))[0])
        {
            return new(false, 0, 0, 0);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var calendar = await WorkCalendarLoader.LoadAsync(db, ct);
        var horizon = calendar.AddWorkingHours(now, options.WarningWorkingHours);
        var open = RequestQueries.OpenStatuses;
        var due = await db.ServiceRequests
            .Where(r => open.Contains(r.Status)
                && ((r.OverdueAt == null && (r.ResolutionDueAt < now || (r.RespondedAt == null && r.ResponseDueAt < now)))
                    || (r.WarnedAt == null && (r.ResolutionDueAt <= horizon || (r.RespondedAt == null && r.ResponseDueAt <= horizon)))))
            .OrderBy(r => r.Id).Take(BatchSize).ToListAsync(ct);
        var (warned, overdue, escalated) = (0, 0, 0);
        foreach (var request in due)
        {
            if (request.IsOverdue(now) && request.OverdueAt is null)
            {
                request.WarnedAt ??= now;
                request.OverdueAt = now;
                request.UpdatedAt = now;
                overdue++;
                if (await transitions.ParentOfHandlerAsync(request, ct) is { } parent
                    && request.Apply(RequestAction.Escalate, null, SystemActor, null, "超过办理时限，自动升级至上一级", now, parent.Id, parent.Path).Ok)
                {
                    request.EscalationLevel++;
                    escalated++;
                }
            }
            else if (request.WarnedAt is null)
            {
                request.WarnedAt = now;
                request.UpdatedAt = now;
                warned++;
            }
        }
        try
        {
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            await tx.RollbackAsync(ct);
            return new(true, 0, 0, 0);
        }
        return new(true, warned, overdue, escalated);
    }
}
