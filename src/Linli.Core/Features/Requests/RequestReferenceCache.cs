using System.Collections.Concurrent;
using Linli.Core.Data;
using Linli.Core.Features.Hierarchy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Linli.Core.Features.Requests;

/// <summary>The reference data every intake reads: active categories, active routing rules, the work calendar.</summary>
public sealed record RequestReference(IReadOnlyList<RequestCategory> Categories, IReadOnlyList<RoutingRule> Rules, WorkCalendar Calendar)
{
    public RequestCategory? ActiveCategory(string code) => Categories.FirstOrDefault(c => c.Code == code);

    public bool HasActiveChildren(RequestCategory category) => Categories.Any(c => c.ParentId == category.Id);
}

/// <summary>
/// Keeps <see cref="RequestReference"/> and the places intakes name in memory instead of reading it on every intake (four
/// queries of a few dozen rows each; measured as a large part of the intake's database round trips).
/// A save through EF that touches a category, rule or calendar day drops it at once in this
/// instance (<see cref="Invalidation"/>); another instance sees the change after at most
/// <see cref="MaxAge"/>, because nothing tells it sooner.
/// </summary>
public sealed class RequestReferenceCache
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(30);

    /// <summary>Enough for every committee, grid and building a city's intake names in 30 seconds.</summary>
    public const int MaxPlaces = 50_000;

    private RequestReference? _current;
    private readonly ConcurrentDictionary<string, (OrgUnit Unit, long LoadedAt)> _places = new(StringComparer.Ordinal);
    private long _loadedAt;
    private long _generation;
    private readonly Lock _lock = new();

    public async Task<RequestReference> GetAsync(LinliDb db, CancellationToken ct)
    {
        if (Fresh() is { } current)
        {
            return current;
        }
        // No lock: when it is stale, the few intakes in flight each read it once (small, rare).
        var generation = Interlocked.Read(ref _generation);
        var categories = await db.RequestCategories.AsNoTracking().Where(c => c.Active).ToListAsync(ct);
        var rules = await db.RoutingRules.AsNoTracking().Where(r => r.Active).ToListAsync(ct);
        var calendar = await WorkCalendarLoader.LoadAsync(db, ct);
        var reference = new RequestReference(categories, rules, calendar);
        lock (_lock)
        {
            // A change saved while we were reading must not be hidden behind what we read before it.
            if (generation == Interlocked.Read(ref _generation))
            {
                (_current, _loadedAt) = (reference, Environment.TickCount64);
            }
        }
        return reference;
    }

    /// <summary>
    /// The unit an intake names by code (a community, grid or building), read once per
    /// <see cref="MaxAge"/>: it was one of the intake's database round trips. The unit returned is
    /// shared between requests and must not be changed. Unknown codes are not kept.
    /// </summary>
    public async Task<OrgUnit?> PlaceAsync(LinliDb db, string code, CancellationToken ct)
    {
        if (_places.TryGetValue(code, out var hit) && Environment.TickCount64 - hit.LoadedAt < MaxAge.TotalMilliseconds)
        {
            return hit.Unit;
        }
        var generation = Interlocked.Read(ref _generation);
        var unit = await db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(o => o.Code == code, ct);
        if (unit is not null)
        {
            lock (_lock)
            {
                if (generation == Interlocked.Read(ref _generation))
                {
                    if (_places.Count >= MaxPlaces)
                    {
                        _places.Clear(); // rare; simpler than least-recently-used and as good for a 30-second cache
                    }
                    _places[code] = (unit, Environment.TickCount64);
                }
            }
        }
        return unit;
    }

    public void Invalidate()
    {
        lock (_lock)
        {
            Interlocked.Increment(ref _generation);
            _current = null;
            _places.Clear();
        }
    }

    private RequestReference? Fresh() =>
        _current is { } current && Environment.TickCount64 - _loadedAt < MaxAge.TotalMilliseconds ? current : null;

    /// <summary>Drops the cache before and after any save that changes categories, routing rules, calendar days or units.</summary>
    public sealed class Invalidation(RequestReferenceCache cache) : SaveChangesInterceptor
    {
        private bool _pending;

        public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
        {
            Check(eventData.Context);
            return result;
        }

        public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            Check(eventData.Context);
            return ValueTask.FromResult(result);
        }

        public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
        {
            Check(eventData.Context, saved: true);
            return result;
        }

        public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
        {
            Check(eventData.Context, saved: true);
            return ValueTask.FromResult(result);
        }

        private void Check(DbContext? context, bool saved = false)
        {
            if (saved)
            {
                if (_pending)
                {
                    cache.Invalidate();
                    _pending = false;
                }
                return;
            }
            _pending = context is not null && context.ChangeTracker.Entries()
                .Any(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
                    && e.Entity is RequestCategory or RoutingRule or CalendarDay or OrgUnit);
            if (_pending)
            {
                cache.Invalidate();
            }
        }
    }
}
