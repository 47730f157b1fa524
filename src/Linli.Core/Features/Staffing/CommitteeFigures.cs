using Linli.Core.Common;
using Linli.Core.Data;
using Linli.Core.Features.Accounts;
using Linli.Core.Features.Hierarchy;
using Linli.Core.Features.Standards;
using Microsoft.EntityFrameworkCore;

namespace Linli.Core.Features.Staffing;

/// <summary>
/// One residents' committee: members on the roll, the size range in force, and when its term ends
/// (the latest member's TermEnd, or TermStart + the term standard where only the start is recorded).
/// </summary>
public sealed record CommitteeLine(string Code, string Name, int Members, decimal? Min, decimal? Max, bool TooFew, bool TooMany,
    DateOnly? TermEnds, bool TermExpired);

/// <summary>
/// Committee size and term (居委会成员与任期) for the urban communities under a unit: members on the
/// roll on the as-of date against <c>committee_size</c> (5–9), and terms ended before it under
/// <c>committee_term_years</c>. Villagers' committees follow another law and are not counted.
/// </summary>
public sealed record CommitteeReport(int Year, DateOnly AsOf, int Committees, int TooFew, int TooMany, int TermExpired, int TermUnknown,
    IReadOnlyList<CommitteeLine> Communities, IReadOnlyList<StandardInForce> Standards);

public sealed class CommitteeFigures(LinliDb db, StandardResolver resolver, TimeProvider clock)
{
    public async Task<Result<CommitteeReport>> HandleAsync(Caller caller, string? unitCode, int year, CancellationToken ct = default)
    {
        var loaded = await FigureScope.LoadAsync(db, resolver, clock, caller, unitCode, year, ct);
        if (!loaded.Ok)
        {
            return loaded.Failure!;
        }
        var scope = loaded.Value!;
        var asOf = scope.AsOf;
        var members = (await db.CommunityWorkers.AsNoTracking().Under(scope.Unit.OrgPath)
                .Where(w => w.CommitteeMember && w.HireDate <= asOf && (w.LeaveDate == null || w.LeaveDate > asOf))
                .Select(w => new { w.CommunityId, w.TermStart, w.TermEnd }).ToListAsync(ct))
            .ToLookup(w => w.CommunityId);
        var used = new List<StandardInForce?>();
        var lines = scope.Communities.Where(c => c.Urban).Select(c =>
        {
            var size = scope.Standards.For(c.Path, StandardCatalog.CommitteeSize);
            var term = scope.Standards.For(c.Path, StandardCatalog.CommitteeTermYears);
            used.Add(size);
            used.Add(term);
            var mine = members[c.Id].ToList();
            var ends = mine.Select(m => m.TermEnd ?? (m.TermStart is { } s && term is not null ? s.AddYears((int)term.Value).AddDays(-1) : null))
                .OfType<DateOnly>().DefaultIfEmpty().Max();
            DateOnly? termEnds = ends == default ? null : ends;
            var max = size?.MaxValue ?? size?.Value;
            return new CommitteeLine(c.Code, c.Name, mine.Count, size?.Value, max,
                size is not null && mine.Count < size.Value, max is { } m && mine.Count > m, termEnds, termEnds < asOf);
        }).ToList();
        return new CommitteeReport(scope.Year, asOf, lines.Count, lines.Count(l => l.TooFew), lines.Count(l => l.TooMany),
            lines.Count(l => l.TermExpired), lines.Count(l => l.TermEnds is null), lines, FigureScope.Cite(used));
    }
}
