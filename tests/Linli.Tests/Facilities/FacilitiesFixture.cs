using Linli.Core.Data;
using Linli.Core.Features.Accounts;
using Linli.Core.Features.Audit;
using Linli.Core.Features.Facilities;
using Linli.Core.Features.Funding;
using Linli.Core.Features.Hierarchy;
using Linli.Core.Features.SocialOrgs;
using Linli.Core.Features.Standards;
using Linli.Core.Features.Wages;
using Linli.Tests.Standards;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Linli.Tests.Facilities;

/// <summary>
/// The staffing city of <see cref="StaffingFixture"/>, cut down to its four communities (滨西 610 households, 新华 290, 东吴村 100 — a
/// village —, 嵩山路 810) plus hand-checked facilities, estates, funding, wages, organizations
/// and committees. Answers (year 2025, as of 2025-12-31):
///
/// Standards: 30 m²/100 households, average ≥ 600 m², 50 % occupancy, 10 organizations per urban
/// community, pay ≥ 2.5 × minimum — all set at 漯河市 4111 from 2024; room set 2 (一有九中心) at
/// 源汇区 411102, room set 1 (一站一市八室) at 郾城区 411103; pay ≥ 1 × average wage at province 41.
///
///   community  rooms (m², tenure)              area   per 100 hh   needed (30/100)  set missing
///   滨西       400 自建 + 120 租用               520    85.2         183              应急服务
///   新华       80 借用                           80     27.6         87 (below)       all nine
///   东吴村     none                              0      0.0          30 (below)       all nine
///   嵩山路     700 租用 + 350 购买              1050    129.6        243              none
///   city: 1,650 m², average 412.5 (< 600), 91.2 per 100, needed 543, own 1 / rented 1 / borrowed 1 / none 1,
///   bands <300: 2, 300–600: 1, 600–1000: 0, ≥1000: 1; outdoor 350.5 m², 1 shelter.
///
/// Estates: 滨西新城 200 units, 120 households (60 %), no committee, rooms not handed over → flagged twice;
/// 金水湾 (新华) 50 units, 30 households (60 %), own committee, handed over 2025-06-01 → flagged in 2024 only;
/// 锦绣花园 (嵩山路) 100 units, 40 households (40 %) → not flagged.
///
/// Funding 2025: formula at 4111 from 2024 (20,000 + 10/household + 500/task, +5 %/year), at 411103 from
/// 2025 (30,000 + 8/household); tasks 滨西 4, 新华 2. Proposed: 滨西 29,505, 新华 25,095, 东吴村 22,050,
/// 嵩山路 36,480 → 113,130. Budget 73,000, spent 52,000 (71.2 %).
///
/// Pay 2025 (on the roll: 张伟 4,200, 王芳 2,600 in 滨西; 刘敏 4,500 in 新华; 陈刚 5,000 in 嵩山路): average wage
/// 2024 48,000 at 4111 (threshold 4,000) and 66,000 at 411103 (5,500); minimum 2025 1,200 at 4111 (× 2.5 = 3,000).
/// Below average: 王芳, 陈刚; below minimum: 王芳.
///
/// Organizations: 滨西 3 active (+1 inactive, +1 registered in 2026), 新华 0, 东吴村 2, 嵩山路 11 →
/// 16, 14 in 3 urban communities = 4.7 each; 滨西 and 新华 below 10.
///
/// Committees (urban only): 滨西 张伟 from 2021-01-01 (ends 2025-12-31, not expired), 新华 刘敏 term
/// ended 2023-05-31 (expired), 嵩山路 陈刚 no term (unknown); all three below 5 members.
/// </summary>
public static class FacilitiesFixture
{
    public const string Binxi = StaffingFixture.Binxi, Xinhua = StaffingFixture.Xinhua, Dongwu = StaffingFixture.Dongwu, Songshan = StaffingFixture.Songshan;

    public static async Task SeedAsync(IServiceProvider services)
    {
        await StaffingFixture.SeedAsync(services);
        await using (var scope = services.CreateAsyncScope())
        {
            var sp = scope.ServiceProvider;
            var set = sp.GetRequiredService<SetStandard>();
            var province = await StaffingFixture.CallerAsync(sp, "41", Role.CivilAffairs);
            var from = new DateOnly(2024, 1, 1);
            foreach (var (unit, key, value) in new (string, string, decimal)[]
            {
                ("4111", StandardCatalog.FacilityAreaPer100Households, 30), ("4111", StandardCatalog.FacilityAreaAverageMin, 600),
                ("4111", StandardCatalog.NewEstateCommitteeOccupancy, 50), ("4111", StandardCatalog.SocialOrgsPerUrbanCommunity, 10),
                ("4111", StandardCatalog.PayMultipleOfMinimumWage, 2.5m), ("41", StandardCatalog.PayMultipleOfAverageWage, 1),
                ("411102", StandardCatalog.FacilityRoomSet, 2), ("411103", StandardCatalog.FacilityRoomSet, 1),
            })
            {
                var result = await set.HandleAsync(province, new(unit, key, value, null, from, null, "测试"));
                Assert.True(result.Ok, result.Failure?.Message.Zh);
            }
        }
        await using (var scope = services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<AuditActor>().SuppressRowAudit = true;
            var db = scope.ServiceProvider.GetRequiredService<LinliDb>();
            // 漯河市's division list has 1,334 committees; keep only the fixture's four so every figure is checkable by hand.
            string[] kept = [Binxi, Xinhua, Dongwu, Songshan];
            var pruned = db.OrgUnits.Where(o => o.Kind == OrgUnitKind.Community && !kept.Contains(o.Code)).Select(o => o.Id);
            // The demo's admission records name communities; drop those that point at pruned ones first.
            await db.CommunityTasks.Where(t => pruned.Contains(t.CommunityId)).ExecuteDeleteAsync();
            await db.UnadmittedReports.Where(r => pruned.Contains(r.CommunityId)).ExecuteDeleteAsync();
            await db.AdmissionTargets.Where(t => pruned.Contains(t.CommunityId)).ExecuteDeleteAsync();
            await db.OrgUnits.Where(o => o.Kind == OrgUnitKind.Community && !kept.Contains(o.Code)).ExecuteDeleteAsync();
            var units = await db.OrgUnits.Where(o => o.Code.StartsWith("41")).Where(o => o.Kind <= OrgUnitKind.Community)
                .ToDictionaryAsync(o => o.Code);
            var now = DateTime.UtcNow;
            void Room(string code, string name, decimal area, Tenure tenure, string functions) => db.Add(new ServiceRoom
            {
                CommunityId = units[code].Id, Path = units[code].Path, Name = name, Area = area, Tenure = tenure, FunctionRooms = functions, CreatedAt = now, UpdatedAt = now,
            });
            Room(Binxi, "党群服务中心", 400, Tenure.Built, "便民服务中心、综治服务中心、文体活动室、卫生服务站、老年人日间照料中心、儿童服务中心");
            Room(Binxi, "新时代文明实践站", 120, Tenure.Rented, "志愿服务站");
            Room(Xinhua, "社区服务站", 80, Tenure.Borrowed, "");
            Room(Songshan, "社区服务中心", 700, Tenure.Rented, "社区服务站、便民超市、党员活动室、警务室、人民调解室、图书阅览室、文体活动室、老年活动室、卫生服务室");
            Room(Songshan, "青少年活动室", 350, Tenure.Bought, "");
            db.Add(new CommunitySite { CommunityId = units[Binxi].Id, Path = units[Binxi].Path, OutdoorArea = 200, EmergencyShelter = true, ShelterArea = 200, UpdatedAt = now });
            db.Add(new CommunitySite { CommunityId = units[Songshan].Id, Path = units[Songshan].Path, OutdoorArea = 150.5m, UpdatedAt = now });

            await EstateAsync(db, units[Binxi], "滨西新城", 200, 120, ownCommittee: false, handedOver: null);
            await EstateAsync(db, units[Xinhua], "金水湾", 50, 30, ownCommittee: true, handedOver: new DateOnly(2025, 6, 1));
            await EstateAsync(db, units[Songshan], "锦绣花园", 100, 40, ownCommittee: false, handedOver: null);

            db.Add(new FundingFormula { OrgUnitId = units["4111"].Id, Path = units["4111"].Path, Year = 2024, BaseAmount = 20000, PerHousehold = 10, PerTask = 500, GrowthPercent = 5, UpdatedAt = now });
            db.Add(new FundingFormula { OrgUnitId = units["411103"].Id, Path = units["411103"].Path, Year = 2025, BaseAmount = 30000, PerHousehold = 8, UpdatedAt = now });
            db.Add(new TaskCount { CommunityId = units[Binxi].Id, Path = units[Binxi].Path, Year = 2025, AdmittedTasks = 4, UpdatedAt = now });
            db.Add(new TaskCount { CommunityId = units[Xinhua].Id, Path = units[Xinhua].Path, Year = 2025, AdmittedTasks = 2, UpdatedAt = now });
            void Budget(string code, int year, BudgetCategory category, FundingSource source, decimal budget, decimal spent) => db.Add(new BudgetLine
            {
                CommunityId = units[code].Id, Path = units[code].Path, Year = year, Category = category, Source = source, Budget = budget, Spent = spent, UpdatedAt = now,
            });
            Budget(Binxi, 2025, BudgetCategory.Office, FundingSource.Fiscal, 20000, 15000);
            Budget(Binxi, 2025, BudgetCategory.Activities, FundingSource.Donations, 5000, 5000);
            Budget(Songshan, 2025, BudgetCategory.StaffPay, FundingSource.Fiscal, 40000, 30000);
            Budget(Xinhua, 2025, BudgetCategory.Office, FundingSource.TaskFunds, 8000, 2000);
            Budget(Binxi, 2024, BudgetCategory.Office, FundingSource.Fiscal, 18000, 18000);

            db.Add(new LocalWage { OrgUnitId = units["4111"].Id, Path = units["4111"].Path, Year = 2024, AverageAnnual = 48000, UpdatedAt = now });
            db.Add(new LocalWage { OrgUnitId = units["411103"].Id, Path = units["411103"].Path, Year = 2024, AverageAnnual = 66000, UpdatedAt = now });
            db.Add(new LocalWage { OrgUnitId = units["4111"].Id, Path = units["4111"].Path, Year = 2025, MinimumMonthly = 1200, UpdatedAt = now });

            void Org(string code, string name, bool active = true, DateOnly? on = null) => db.Add(new SocialOrganization
            {
                CommunityId = units[code].Id, Path = units[code].Path, Name = name, Type = SocialOrgType.Culture, Registered = false,
                RegisteredOn = on ?? new DateOnly(2023, 3, 1), Active = active, CreatedAt = now, UpdatedAt = now,
            });
            foreach (var i in Enumerable.Range(1, 3)) { Org(Binxi, $"滨西组织{i}"); }
            Org(Binxi, "滨西已停止活动", active: false);
            Org(Binxi, "滨西新登记", on: new DateOnly(2026, 1, 5));
            Org(Dongwu, "东吴合作社"); Org(Dongwu, "东吴舞蹈队");
            foreach (var i in Enumerable.Range(1, 11)) { Org(Songshan, $"嵩山组织{i}"); }

            var workers = await db.CommunityWorkers.ToDictionaryAsync(w => w.Name);
            (workers["张伟"].CommitteeMember, workers["张伟"].TermStart) = (true, new DateOnly(2021, 1, 1));
            (workers["刘敏"].CommitteeMember, workers["刘敏"].TermStart, workers["刘敏"].TermEnd) = (true, new DateOnly(2020, 6, 1), new DateOnly(2023, 5, 31));
            workers["陈刚"].CommitteeMember = true;
            workers["王芳"].MonthlyPay = 2600; // the staffing fixture's edit left her pay empty
            await db.SaveChangesAsync();
        }
    }

    private static async Task EstateAsync(LinliDb db, OrgUnit community, string name, int units, int households, bool ownCommittee, DateOnly? handedOver)
    {
        var estate = new Estate { CommunityId = community.Id, Name = name };
        db.Estates.Add(estate);
        await db.SaveChangesAsync();
        var ids = await db.Households.Where(h => h.CommunityId == community.Id && h.EstateId == null).OrderBy(h => h.Id).Take(households).Select(h => h.Id).ToListAsync();
        await db.Households.Where(h => ids.Contains(h.Id)).ExecuteUpdateAsync(s => s.SetProperty(h => h.EstateId, estate.Id));
        db.Add(new EstateHandover
        {
            EstateId = estate.Id, CommunityId = community.Id, Path = community.Path, TotalUnits = units, OwnCommittee = ownCommittee,
            PlannedOn = new DateOnly(2022, 5, 1), PlannedArea = 300, BuiltOn = new DateOnly(2024, 3, 1), BuiltArea = 300,
            HandedOverOn = handedOver, HandedOverArea = handedOver is null ? null : 300, UpdatedAt = DateTime.UtcNow,
        });
    }
}
