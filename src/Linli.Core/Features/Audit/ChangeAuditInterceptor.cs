using System.Text.Json;
using Linli.Core.Features.Accounts;
using Linli.Core.Features.Hierarchy;
using Linli.Core.Features.Registry;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;

namespace Linli.Core.Features.Audit;

/// <summary>
/// Writes an audit entry with before/after values for every change to the audited entities, in the
/// same transaction as the change. Ids of new rows exist only after the insert, so the entries are
/// written in SavedChanges inside a transaction this interceptor opens when the caller has none.
/// Encrypted columns (byte[]) and Identity secrets never reach the log.
/// </summary>
public sealed class ChangeAuditInterceptor(AuditActor actor, TimeProvider clock) : SaveChangesInterceptor
{
    private static readonly HashSet<Type> Audited = [typeof(Resident), typeof(Household), typeof(OrgUnit), typeof(Estate), typeof(LinliUser), typeof(IdentityConflict), typeof(Workers.CommunityWorker), typeof(Standards.PolicyStandard), typeof(Open311.Open311ApiKey), .. Admission.AdmissionServices.AuditedTypes, typeof(Catalogue.CatalogueItem), typeof(Requests.RoutingRule)];
    private static readonly HashSet<string> Secret = ["PasswordHash", "SecurityStamp", "ConcurrencyStamp", "AccessFailedCount", "LockoutEnd"];

    private readonly List<(EntityEntry Entry, string Action, Dictionary<string, object?>? Before)> _pending = [];
    private IDbContextTransaction? _ownTransaction;
    private bool _writingAudit;

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && !_writingAudit && !actor.SuppressRowAudit)
        {
            Capture(context);
            if (_pending.Count > 0 && context.Database.CurrentTransaction is null)
            {
                _ownTransaction = await context.Database.BeginTransactionAsync(cancellationToken);
            }
        }
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && !_writingAudit && _pending.Count > 0)
        {
            _writingAudit = true;
            try
            {
                context.AddRange(_pending.Select(p => ToAuditEntry(p.Entry, p.Action, p.Before)).ToList());
                _pending.Clear();
                await context.SaveChangesAsync(cancellationToken);
                if (_ownTransaction is not null)
                {
                    await _ownTransaction.CommitAsync(cancellationToken);
                }
            }
            finally
            {
                _writingAudit = false;
                await DisposeOwnTransactionAsync();
            }
        }
        return result;
    }

    public override async Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        if (!_writingAudit)
        {
            _pending.Clear();
            await DisposeOwnTransactionAsync();
        }
    }

    /// <summary>
    /// Only framework code saves synchronously (the data-protection key store); it never touches
    /// audited entities. Audited changes saved synchronously would escape the log, so they are refused.
    /// </summary>
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } context && !actor.SuppressRowAudit
            && context.ChangeTracker.Entries().Any(e => Audited.Contains(e.Entity.GetType()) && e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted))
        {
            throw new InvalidOperationException("Audited entities must be saved with SaveChangesAsync so that the audit entry joins their transaction.");
        }
        return result;
    }

    private void Capture(DbContext context)
    {
        _pending.Clear();
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (!Audited.Contains(entry.Entity.GetType()))
            {
                continue;
            }
            switch (entry.State)
            {
                case EntityState.Added:
                    _pending.Add((entry, AuditActions.Create, null));
                    break;
                case EntityState.Modified:
                    var before = entry.Properties.Where(p => p.IsModified && Loggable(p))
                        .ToDictionary(p => p.Metadata.Name, p => p.OriginalValue);
                    if (before.Count > 0)
                    {
                        _pending.Add((entry, AuditActions.Update, before));
                    }
                    break;
                case EntityState.Deleted:
                    // What was removed, as it was: the row itself is gone after the save.
                    _pending.Add((entry, AuditActions.Delete, entry.Properties.Where(Loggable).ToDictionary(p => p.Metadata.Name, p => p.OriginalValue)));
                    break;
            }
        }
    }

    private AuditEntry ToAuditEntry(EntityEntry entry, string action, Dictionary<string, object?>? before)
    {
        var after = entry.Properties.Where(p => Loggable(p) && (before is null || before.ContainsKey(p.Metadata.Name)))
            .ToDictionary(p => p.Metadata.Name, p => p.CurrentValue);
        return new AuditEntry
        {
            At = clock.GetUtcNow().UtcDateTime,
            UserId = actor.UserId,
            Actor = actor.Name,
            IpAddress = actor.IpAddress,
            Action = action,
            EntityType = entry.Metadata.ClrType.Name,
            EntityId = entry.Properties.First(p => p.Metadata.IsPrimaryKey()).CurrentValue?.ToString(),
            OrgPath = entry.Properties.FirstOrDefault(p => p.Metadata.Name == "Path")?.CurrentValue as string,
            Before = before is null ? null : JsonSerializer.Serialize(before, AuditJson.Options),
            After = action == AuditActions.Delete ? null : JsonSerializer.Serialize(after, AuditJson.Options),
        };
    }

    private static bool Loggable(PropertyEntry p) =>
        p.Metadata.ClrType != typeof(byte[]) && !Secret.Contains(p.Metadata.Name) && p.Metadata.Name != "Version";

    private async Task DisposeOwnTransactionAsync()
    {
        if (_ownTransaction is not null)
        {
            await _ownTransaction.DisposeAsync();
            _ownTransaction = null;
        }
    }
}
