using System.Security.Cryptography;
using System.Text;
using Linli.Core.Data;
using Linli.Core.Features.Accounts;
using Linli.Core.Features.Audit;
using Linli.Core.Features.Hierarchy;
using Linli.Core.Features.Registry;
using Linli.Core.Features.Standards;
using Linli.Core.Features.Workers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Linli.Tests.Standards;

/// <summary>
/// A small, hand-checked city for the staffing figures (year 2025, as of 2025-12-31):
///
///   province 41: 1 worker per 400 households from 2020; 源汇区 411102 overrides with 300 from 2024;
///   漯河市 4111: 18 workers per 10,000 urban residents from 2024.
///
///   community                 district  households  residents  urban  workers on 2025-12-31
///   滨西 411102001001          411102     610        1,200      yes    2 (one not on post; one left 2025-06-30)
///   新华 411102001002          411102     290          700      yes    1
///   东吴村 411102004201        411102     100          300      no     0
///   嵩山路 411103001001        411103     810        1,500      yes    1 (another hired 2026, not counted)
///
///   households/worker: 源汇区 pool 1,000 / 300 → 4; 411103 pool 810 / 400 → 3; city 7.
///   per 10,000 urban (18, one pool): city 3,400 → 6.12 → 7; 源汇区 1,900 → 3.42 → 4; 411103 1,500 → 2.7 → 3.
///   city: actual 4, gaps 3 and 3, on the roll in 2025 5, left 1 → 20.0 %.
/// </summary>
public static class StaffingFixture
{
    public const string Binxi = "411102001001", Xinhua = "411102001002", Dongwu = "411102004201", Songshan = "411103001001";

    public static async Task SeedAsync(IServiceProvider services)
    {
        await using (var scope = services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<AuditActor>().SuppressRowAudit = true; // bulk fixture rows
            var db = scope.ServiceProvider.GetRequiredService<LinliDb>();
            await AddRegistryAsync(db, Binxi, 610, 1200);
            await AddRegistryAsync(db, Xinhua, 290, 700);
            await AddRegistryAsync(db, Dongwu, 100, 300);
            await AddRegistryAsync(db, Songshan, 810, 1500);
        }
        await using (var scope = services.CreateAsyncScope())
        {
            var sp = scope.ServiceProvider;
            var set = sp.GetRequiredService<SetStandard>();
            var province = await CallerAsync(sp, "41", Role.CivilAffairs);
            var city = await CallerAsync(sp, "4111", Role.CivilAffairs);
            Ok(await set.HandleAsync(province, new("41", StandardCatalog.HouseholdsPerWorker, 400, null, new(2020, 1, 1), null, "浙江省规划")));
            Ok(await set.HandleAsync(city, new("411102", StandardCatalog.HouseholdsPerWorker, 300, null, new(2024, 1, 1), null, "四川某区")));
            Ok(await set.HandleAsync(city, new("4111", StandardCatalog.WorkersPer10kUrbanResidents, 18, null, new(2024, 1, 1), null, "某县级市")));

            var csv = string.Join("\n",
                "姓名,证件号码,社区代码,岗位,用工方式,入职日期,离职日期,离职原因,学历,职业资格,月薪",
                $"张伟,{TestIds.Make(new(1990, 5, 1), true)},{Binxi},主任,公开招聘,2020-03-01,,,本科,社会工作师,4200",
                $"李娜,{TestIds.Make(new(1992, 8, 8), false)},{Binxi},网格员,临时聘用,2021-05-01,2025-06-30,收入低,大专,,2800",
                $"王芳,{TestIds.Make(new(1998, 2, 1), false)},{Binxi},专职社工,公益岗,2025-02-01,,,大专,,2600",
                $"赵强,{TestIds.Make(new(1970, 1, 1), true)},{Binxi},委员,选举产生,2019-01-01,2024-12-31,退休,高中,,3000",
                $"刘敏,{TestIds.Make(new(1980, 7, 1), false)},{Xinhua},书记,选举产生,2023-01-01,,,本科,,4500",
                $"陈刚,{TestIds.Make(new(1965, 3, 1), true)},{Songshan},主任,在编,2018-01-01,,,,,5000",
                $"周杰,{TestIds.Make(new(2000, 1, 1), true)},{Songshan},网格员,公开招聘,2026-01-10,,,本科,,3000");
            var outcome = await sp.GetRequiredService<ImportWorkers>().HandleAsync(null, new MemoryStream(Encoding.UTF8.GetBytes(csv)), "workers.csv");
            Assert.True(outcome.Ok, string.Join("; ", outcome.Errors.Select(e => e.Zh)));
            Assert.Equal(7, outcome.Created);

            // 王芳 holds the post on paper only: recorded through the edit use case, as the form does.
            var db = sp.GetRequiredService<LinliDb>();
            var wang = await db.CommunityWorkers.AsNoTracking().SingleAsync(w => w.Name == "王芳");
            var edited = await sp.GetRequiredService<SaveWorker>().HandleAsync(await CallerAsync(sp, Binxi, Role.CommunityWorker), wang.Id,
                new WorkerDraft("王芳", "", Binxi, "专职社工", "公益岗", "2025-02-01", Education: "大专", OnPost: false));
            Ok(edited);
        }
    }

    public static async Task<Caller> CallerAsync(IServiceProvider sp, string code, Role role)
    {
        var unit = await sp.GetRequiredService<LinliDb>().OrgUnits.AsNoTracking().SingleAsync(o => o.Code == code);
        return new Caller($"test-{role}-{code}", $"测试{code}", role, unit.Id, new OrgPath(unit.Path));
    }

    private static void Ok<T>(Linli.Core.Common.Result<T> result) => Assert.True(result.Ok, result.Failure?.Message.Zh);

    private static async Task AddRegistryAsync(LinliDb db, string communityCode, int households, int residents)
    {
        var community = await db.OrgUnits.SingleAsync(o => o.Code == communityCode);
        var now = DateTime.UtcNow;
        var list = Enumerable.Range(0, households).Select(i => new Household { CommunityId = community.Id, Path = community.Path, Room = $"{i + 101}", CreatedAt = now, UpdatedAt = now }).ToList();
        db.Households.AddRange(list);
        await db.SaveChangesAsync();
        for (var i = 0; i < residents; i++)
        {
            db.Residents.Add(new Resident
            {
                Name = $"居民{i}", Path = community.Path, CommunityId = community.Id, HouseholdId = list[i % households].Id,
                DocumentCipher = [1], DocumentHash = RandomNumberGenerator.GetBytes(16), DocumentMasked = "411102********0000", CreatedAt = now, UpdatedAt = now,
            });
        }
        // One moved-out resident per community: the registry counts only residents on the books.
        db.Residents.Add(new Resident
        {
            Name = "已迁出", Path = community.Path, CommunityId = community.Id, Status = ResidentStatus.MovedOut,
            DocumentCipher = [1], DocumentHash = RandomNumberGenerator.GetBytes(16), DocumentMasked = "", CreatedAt = now, UpdatedAt = now,
        });
        await db.SaveChangesAsync();
    }
}
