using Linli.Core.Common.Privacy;
using Linli.Core.Data;
using Linli.Core.Features.Demo.Population;
using Linli.Core.Features.Hierarchy;
using Linli.Core.Features.Registry;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Linli.Core.Features.Workers;

/// <summary>
/// A demo roster (演示数据, IsDemo) for every demo community that got households, so the staffing
/// figures of the demo report have people to count: a secretary (often also the director, 一肩挑),
/// deputies and committee members elected for the current term, full-time social workers, grid
/// workers and public-welfare posts, a few who left in the last two years (turnover) and a few posts
/// held on paper only (挂名). ID numbers are generated like the residents' (county code, birth date,
/// check digit) and stored encrypted, hashed and masked like any roster entry.
/// </summary>
public sealed class DemoWorkers(LinliDb db, FieldProtector protector, TimeProvider clock)
{
    private static readonly string[] Columns =
        ["CommunityId", "Path", "Name", "DocumentCipher", "DocumentHash", "DocumentMasked", "Sex", "BirthDate", "Post", "Employment", "HireDate",
         "LeaveDate", "LeaveReason", "Education", "Certificate", "TrainingHours", "MonthlyPay", "OnPost", "CommitteeMember", "TermStart", "TermEnd",
         "IsDemo", "Version", "CreatedAt", "UpdatedAt"];

    private static readonly string[] LeaveReasons = ["辞职", "考录公务员", "退休", "调离本社区", "合同期满"];
    private static readonly (Education Item, int Weight)[] Educations =
        [(Education.HighSchool, 10), (Education.College, 38), (Education.Bachelor, 47), (Education.Postgraduate, 5)];
    private static readonly (Certificate Item, int Weight)[] Certificates =
        [(Certificate.None, 45), (Certificate.AssistantSocialWorker, 38), (Certificate.SocialWorker, 15), (Certificate.SeniorSocialWorker, 2)];
    private static readonly (EmploymentType Item, int Weight)[] StaffEmployment =
        [(EmploymentType.OpenRecruitment, 70), (EmploymentType.Temporary, 15), (EmploymentType.Seconded, 10), (EmploymentType.Established, 5)];

    private readonly DemoIdNumbers _idNumbers = new();

    /// <summary>Adds the roster; returns how many workers were written.</summary>
    public async Task<int> SeedAsync(string cityCode, int seed, CancellationToken ct = default)
    {
        var city = await db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(o => o.Code == cityCode, ct);
        if (city is null)
        {
            return 0;
        }
        var filled = await db.Households.AsNoTracking().Under(city.OrgPath).Where(h => h.IsDemo).Select(h => h.CommunityId).Distinct().ToListAsync(ct);
        var communities = (await db.OrgUnits.AsNoTracking().Under(city.OrgPath).Where(o => o.Kind == OrgUnitKind.Community).ToListAsync(ct))
            .Where(c => filled.Contains(c.Id)).OrderBy(c => c.Code, StringComparer.Ordinal).ToList();
        if (communities.Count == 0)
        {
            return 0;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        var rows = new List<object?[]>();
        foreach (var community in communities)
        {
            AddRoster(rows, community, new DemoRandom(seed, "workers:" + community.Code), today, now);
        }

        await db.Database.OpenConnectionAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await using (var insert = new BatchedInsert(db.Database.GetDbConnection(), tx.GetDbTransaction(), db.IsPostgres, "community_workers", Columns))
        {
            foreach (var row in rows)
            {
                insert.Add(row);
                if (insert.IsFull)
                {
                    await insert.FlushAsync(ct);
                }
            }
            await insert.FlushAsync(ct);
        }
        await tx.CommitAsync(ct);
        return rows.Count;
    }

    private void AddRoster(List<object?[]> rows, OrgUnit community, DemoRandom random, DateOnly today, DateTime now)
    {
        // Committees are elected for five years; the nationwide elections fell in 2021 and 2026.
        var termYear = today.Year - (today.Year - 2021) % 5;
        var termStart = new DateOnly(termYear, 3, 1);
        var termEnd = termStart.AddYears(5).AddDays(-1);
        var oneShoulder = random.Chance(0.7); // 书记、主任一肩挑
        Add(rows, community, random, today, now, WorkerPost.Secretary, EmploymentType.Elected, termStart, termEnd);
        if (!oneShoulder)
        {
            Add(rows, community, random, today, now, WorkerPost.Director, EmploymentType.Elected, termStart, termEnd);
        }
        for (var i = random.Between(1, 2); i > 0; i--)
        {
            Add(rows, community, random, today, now, WorkerPost.DeputyDirector, EmploymentType.Elected, termStart, termEnd);
        }
        for (var i = random.Between(1, 3); i > 0; i--)
        {
            Add(rows, community, random, today, now, WorkerPost.CommitteeMember, EmploymentType.Elected, termStart, termEnd);
        }
        for (var i = random.Between(2, 6); i > 0; i--)
        {
            Add(rows, community, random, today, now, WorkerPost.SocialWorker, random.Weighted(StaffEmployment), null, null);
        }
        for (var i = random.Between(1, 4); i > 0; i--)
        {
            Add(rows, community, random, today, now, WorkerPost.GridWorker, random.Chance(0.8) ? EmploymentType.OpenRecruitment : EmploymentType.Temporary, null, null);
        }
        for (var i = random.Between(0, 2); i > 0; i--)
        {
            Add(rows, community, random, today, now, WorkerPost.PublicWelfarePost, EmploymentType.PublicWelfare, null, null);
        }
    }

    private void Add(List<object?[]> rows, OrgUnit community, DemoRandom random, DateOnly today, DateTime now,
        WorkerPost post, EmploymentType employment, DateOnly? termStart, DateOnly? termEnd)
    {
        var male = random.Chance(post is WorkerPost.Secretary or WorkerPost.Director ? 0.55 : 0.35);
        var birth = today.AddYears(-random.Between(24, 58)).AddDays(-random.Next(365));
        var name = ChineseNames.Surname(random) + ChineseNames.GivenName(random, male, birth.Year);
        var idNumber = _idNumbers.Next(random, community.Code[..6], birth, male ? Sex.Male : Sex.Female);
        var hired = termStart is { } elected && random.Chance(0.4) ? elected : today.AddDays(-random.Between(60, 365 * 15));
        if (hired < birth.AddYears(22))
        {
            hired = birth.AddYears(22);
        }
        // About one in ten staff posts turned over in the last two years: the leaver stays on the roll as history.
        DateOnly? left = termStart is null && random.Chance(0.1) ? today.AddDays(-random.Between(1, 730)) : null;
        if (left is { } l && l <= hired)
        {
            left = hired.AddDays(30);
        }
        var pay = post switch
        {
            WorkerPost.Secretary or WorkerPost.Director => random.Between(5200, 7200),
            WorkerPost.PublicWelfarePost => random.Between(2000, 2600),
            _ => random.Between(3400, 5600),
        };
        rows.Add([
            community.Id, community.Path, name, protector.Encrypt(idNumber), protector.Hash(idNumber), Mask.IdNumber(idNumber),
            (int)(male ? Sex.Male : Sex.Female), birth, (int)post, (int)employment, hired,
            left > today ? null : left, left is null ? null : random.Pick(LeaveReasons), (int)random.Weighted(Educations), (int)random.Weighted(Certificates),
            random.Between(0, 80), (decimal)pay, left is not null || !random.Chance(0.03), termStart is not null, termStart, termEnd,
            true, 0, now, now,
        ]);
    }
}
