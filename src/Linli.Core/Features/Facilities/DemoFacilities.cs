using Linli.Core.Data;
using Linli.Core.Features.Demo.Population;
using Linli.Core.Features.Funding;
using Linli.Core.Features.Hierarchy;
using Linli.Core.Features.SocialOrgs;
using Linli.Core.Features.Standards;
using Linli.Core.Features.Wages;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Linli.Core.Features.Facilities;

/// <summary>
/// Demo data (演示数据, IsDemo) for the facility figures of the demo city: rooms, outdoor space,
/// budgets for this year and last, admitted-task counts, social organizations, handover records
/// for a quarter of the estates, the city's wages and funding formula, and the facility standards
/// at the city (their source says 演示数据). Only communities that got demo households are filled,
/// so a city seeded without households (as most tests do) stays as fast as before. Rows go in by
/// the population writer's batched INSERT / COPY: EF's change tracker doubled the seed's CPU time.
/// </summary>
public sealed class DemoFacilities(LinliDb db, TimeProvider clock)
{
    private static readonly string[] MainRooms = ["党群服务中心", "社区服务中心", "便民服务中心"];
    private static readonly string[] SideRooms = ["新时代文明实践站", "老年人日间照料中心", "文体活动中心", "社区卫生服务站"];
    private static readonly string[] Functions =
        ["便民服务中心", "综治服务中心", "文体活动室", "卫生服务室", "老年人日间照料中心", "儿童服务中心", "志愿服务站", "新时代文明实践站", "应急服务站",
         "党员活动室", "警务室", "调解室", "图书阅览室", "老年活动室", "青少年活动室", "便民超市", "社区服务站"];
    private static readonly string[] OrgKinds = ["舞蹈队", "志愿者协会", "老年协会", "读书会", "书画社", "调解工作室", "合唱团", "家长学校", "邻里互助会", "健身队", "棋牌社", "巾帼志愿队"];
    private static readonly (Tenure Tenure, int Weight)[] Tenures = [(Tenure.Built, 35), (Tenure.Bought, 10), (Tenure.Rented, 35), (Tenure.Borrowed, 20)];

    private sealed class Rows(string table, params string[] columns)
    {
        public string Table => table;
        public string[] Columns => columns;
        public List<object?[]> Values { get; } = [];
        public void Add(params object?[] row) => Values.Add(row);
    }

    private readonly Rows _rooms = new("service_rooms", "CommunityId", "Path", "Name", "Area", "Tenure", "FunctionRooms", "IsDemo", "Version", "CreatedAt", "UpdatedAt");
    private readonly Rows _sites = new("community_sites", "CommunityId", "Path", "OutdoorArea", "EmergencyShelter", "ShelterArea", "IsDemo", "Version", "UpdatedAt");
    private readonly Rows _budget = new("budget_lines", "CommunityId", "Path", "Year", "Category", "Source", "Budget", "Spent", "IsDemo", "Version", "UpdatedAt");
    private readonly Rows _tasks = new("community_task_counts", "CommunityId", "Path", "Year", "AdmittedTasks", "IsDemo", "UpdatedAt");
    private readonly Rows _orgs = new("social_organizations", "CommunityId", "Path", "Name", "Type", "Registered", "RegisteredOn", "Active", "IsDemo", "Version", "CreatedAt", "UpdatedAt");
    private readonly Rows _handovers = new("estate_handovers", "EstateId", "CommunityId", "Path", "TotalUnits", "OwnCommittee", "PlannedOn", "PlannedArea", "BuiltOn", "BuiltArea",
        "AcceptedOn", "AcceptedArea", "HandedOverOn", "HandedOverArea", "IsDemo", "Version", "UpdatedAt");

    public async Task SeedAsync(string cityCode, int seed, CancellationToken ct = default)
    {
        var city = await db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(o => o.Code == cityCode, ct);
        if (city is null)
        {
            return;
        }
        var filled = await db.Households.AsNoTracking().Under(city.OrgPath).Where(h => h.IsDemo)
            .GroupBy(h => h.CommunityId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        if (filled.Count == 0)
        {
            return;
        }
        var communities = (await db.OrgUnits.AsNoTracking().Under(city.OrgPath).Where(o => o.Kind == OrgUnitKind.Community).ToListAsync(ct))
            .Where(c => filled.ContainsKey(c.Id)).OrderBy(c => c.Path, StringComparer.Ordinal).ToList();
        var now = clock.GetUtcNow().UtcDateTime;
        var year = now.Year;
        var random = new Random(seed); // a fixed algorithm with a seed: the same demo every run
        foreach (var c in communities)
        {
            AddRooms(c, random, now);
            AddMoney(c, random, year, now);
            foreach (var kind in OrgKinds.OrderBy(_ => random.Next()).Take(random.Next(0, 13)))
            {
                _orgs.Add(c.Id, c.Path, ShortName(c.Name) + kind, random.Next(1, 6), random.Next(4) == 0,
                    new DateOnly(year - random.Next(0, 8), random.Next(1, 13), 1), random.Next(10) > 0, true, 0, now, now);
            }
        }
        await AddEstatesAsync(city, random, year, now, ct);

        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            foreach (var rows in new[] { _rooms, _sites, _budget, _tasks, _orgs, _handovers })
            {
                await using var insert = new BatchedInsert(connection, tx.GetDbTransaction(), db.IsPostgres, rows.Table, rows.Columns);
                foreach (var row in rows.Values)
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
        }
        db.Add(new FundingFormula { OrgUnitId = city.Id, Path = city.Path, Year = year - 1, BaseAmount = 30000, PerHousehold = 20, PerTask = 800, GrowthPercent = 5, CreatedBy = "演示数据", IsDemo = true, UpdatedAt = now });
        db.Add(new LocalWage { OrgUnitId = city.Id, Path = city.Path, Year = year - 1, AverageAnnual = 69800, MinimumMonthly = 1900, IsDemo = true, UpdatedAt = now });
        db.Add(new LocalWage { OrgUnitId = city.Id, Path = city.Path, Year = year, AverageAnnual = 72600, MinimumMonthly = 2000, IsDemo = true, UpdatedAt = now });
        await AddStandardsAsync(city, new DateOnly(year - 1, 1, 1), now, ct);
        await db.SaveChangesAsync(ct);
    }

    private void AddRooms(OrgUnit c, Random random, DateTime now)
    {
        var functions = Functions.Where(_ => random.Next(3) > 0).ToList();
        _rooms.Add(c.Id, c.Path, MainRooms[random.Next(MainRooms.Length)], random.Next(6, 50) * 20m, (int)Pick(random),
            string.Join(ServiceRoom.Separator, functions.Take(functions.Count / 2 + 1)), true, 0, now, now);
        if (random.Next(2) == 0)
        {
            _rooms.Add(c.Id, c.Path, SideRooms[random.Next(SideRooms.Length)], random.Next(3, 20) * 10m, (int)Pick(random),
                string.Join(ServiceRoom.Separator, functions.Skip(functions.Count / 2 + 1)), true, 0, now, now);
        }
        if (random.Next(10) < 6)
        {
            var shelter = random.Next(6) == 0;
            var outdoor = random.Next(1, 30) * 50m;
            _sites.Add(c.Id, c.Path, outdoor, shelter, shelter ? outdoor : null, true, 0, now);
        }
    }

    private void AddMoney(OrgUnit c, Random random, int year, DateTime now)
    {
        foreach (var y in new[] { year - 1, year })
        {
            var spentShare = y < year ? 0.85m + random.Next(0, 16) / 100m : 0.4m + random.Next(0, 50) / 100m;
            void Line(BudgetCategory category, FundingSource source, decimal budget) =>
                _budget.Add(c.Id, c.Path, y, (int)category, (int)source, budget, Math.Round(budget * spentShare, 0), true, 0, now);
            Line(BudgetCategory.Office, FundingSource.Fiscal, random.Next(20, 61) * 1000m);
            Line(BudgetCategory.StaffPay, FundingSource.Fiscal, random.Next(100, 301) * 1000m);
            Line(BudgetCategory.Activities, random.Next(2) == 0 ? FundingSource.TaskFunds : FundingSource.Donations, random.Next(5, 31) * 1000m);
        }
        _tasks.Add(c.Id, c.Path, year, random.Next(3, 16), true, now);
    }

    private async Task AddEstatesAsync(OrgUnit city, Random random, int year, DateTime now, CancellationToken ct)
    {
        var estates = await (from e in db.Estates.AsNoTracking()
                             join c in db.OrgUnits.Under(city.OrgPath) on e.CommunityId equals c.Id
                             where e.IsDemo
                             orderby e.Id
                             select new { e.Id, e.CommunityId, c.Path }).ToListAsync(ct);
        var households = await db.Households.AsNoTracking().Under(city.OrgPath).Where(h => h.EstateId != null)
            .GroupBy(h => h.EstateId!.Value).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        foreach (var e in estates.Where((_, i) => i % 4 == 0))
        {
            var occupied = households.GetValueOrDefault(e.Id);
            var planned = new DateOnly(year - random.Next(2, 6), random.Next(1, 13), 1);
            var handedOver = random.Next(10) < 6;
            var area = random.Next(3, 10) * 100m;
            _handovers.Add(e.Id, e.CommunityId, e.Path, Math.Max(1, (int)(occupied * (1.1 + random.NextDouble() * 1.4))), random.Next(10) < 3,
                planned, area, planned.AddYears(1), area, handedOver ? planned.AddYears(1).AddMonths(3) : null, handedOver ? area : null,
                handedOver ? planned.AddYears(1).AddMonths(6) : null, handedOver ? area : null, true, 0, now);
        }
    }

    private async Task AddStandardsAsync(OrgUnit city, DateOnly from, DateTime now, CancellationToken ct)
    {
        (string Key, decimal Value, string Source)[] demo =
        [
            (StandardCatalog.FacilityAreaPer100Households, 30, "演示数据（浙江标准）"), (StandardCatalog.FacilityAreaAverageMin, 600, "演示数据（河南某市标准）"),
            (StandardCatalog.FacilityRoomSet, 2, "演示数据（一有九中心）"), (StandardCatalog.NewEstateCommitteeOccupancy, 50, "演示数据（四川某区标准）"),
            (StandardCatalog.SocialOrgsPerUrbanCommunity, 10, "演示数据（某市规划）"), (StandardCatalog.PayMultipleOfAverageWage, 1, "演示数据（浙江标准）"),
            (StandardCatalog.PayMultipleOfMinimumWage, 2.5m, "演示数据（另一省份标准）"),
        ];
        var present = await db.PolicyStandards.AsNoTracking().Where(s => s.Path == city.Path).Select(s => s.Key).ToListAsync(ct);
        foreach (var (key, value, source) in demo.Where(d => !present.Contains(d.Key)))
        {
            db.PolicyStandards.Add(new PolicyStandard { Key = key, Value = value, Path = city.Path, OrgUnitId = city.Id, ValidFrom = from, Source = source, CreatedBy = "演示数据", CreatedAt = now });
        }
    }

    private static Tenure Pick(Random random)
    {
        var roll = random.Next(100);
        foreach (var (tenure, weight) in Tenures)
        {
            if ((roll -= weight) < 0)
            {
                return tenure;
            }
        }
        return Tenure.Rented;
    }

    private static string ShortName(string committee) =>
        committee.Replace("社区居民委员会", "", StringComparison.Ordinal).Replace("村民委员会", "村", StringComparison.Ordinal).Replace("居民委员会", "", StringComparison.Ordinal);
}
