using System.Text;
using Linli.Core.Data;
using Linli.Core.Features.Accounts;
using Linli.Core.Features.Audit;
using Linli.Core.Features.Hierarchy;
using Linli.Core.Features.Import;
using Linli.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Linli.Tests.Import.ImportFiles;

namespace Linli.Tests.Import;

public class ResidentImportTests
{
    private static async Task<ImportOutcome> ImportAsync(CoreServices core, Caller caller, Stream file, string fileName = "residents.csv", ImportMode mode = ImportMode.AllOrNothing)
    {
        await using var scope = core.Scope();
        return await scope.ServiceProvider.GetRequiredService<ResidentImporter>().RunAsync(caller, new(file, fileName, mode));
    }

    private static async Task<T> WithDbAsync<T>(CoreServices core, Func<LinliDb, Task<T>> read)
    {
        await using var scope = core.Scope();
        return await read(scope.ServiceProvider.GetRequiredService<LinliDb>());
    }

    private static readonly string[] Family =
    [
        Header,
        Row("张伟", Id("19800101", 11), tags: "党员、残疾（二级）"),
        Row("李娜", Id("19820202", 22), relation: "配偶", phone: ""),
        Row("王强", Id("19500303", 31), building: "2号楼", room: "302", tags: "低保"),
    ];

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Import_ValidFile_CreatesPlacesHouseholdsResidentsAndOneAuditEntry(string provider)
    {
        await using var core = await CoreServices.CreateAsync(provider);
        var caller = await core.CallerAtAsync(CommunityA, Role.CommunityWorker);

        var outcome = await ImportAsync(core, caller, Csv(Family));

        Assert.True(outcome.Succeeded, outcome.Message?.Zh);
        Assert.Equal((3, 3, 0, 0, 0), (outcome.Total, outcome.Inserted, outcome.Updated, outcome.Unchanged, outcome.ErrorRows));
        await WithDbAsync(core, async db =>
        {
            var residents = await db.Residents.Include(r => r.Tags).Include(r => r.Household).OrderBy(r => r.Name).ToListAsync();
            Assert.Equal(3, residents.Count);
            var zhang = residents.Single(r => r.Name == "张伟");
            Assert.Equal(["党员", "残疾"], zhang.Tags.Select(t => t.Tag).Order());
            Assert.Equal("二级", zhang.Tags.Single(t => t.Tag == "残疾").Detail);
            Assert.Equal("411102********0113"[..6], zhang.DocumentMasked[..6]);
            Assert.DoesNotContain("19800101", zhang.DocumentMasked, StringComparison.Ordinal);
            Assert.Equal(zhang.HouseholdId, residents.Single(r => r.Name == "李娜").HouseholdId);
            Assert.Equal(zhang.Id, zhang.Household!.HeadResidentId);
            Assert.Equal(2, await db.Households.CountAsync());
            Assert.Equal(2, await db.OrgUnits.CountAsync(o => o.Kind == OrgUnitKind.Building));
            Assert.Equal(1, await db.OrgUnits.CountAsync(o => o.Kind == OrgUnitKind.Grid));
            Assert.Equal(3, await db.ResidentEvents.CountAsync());
            var audit = await db.AuditEntries.Where(a => a.Action == AuditActions.Import).ToListAsync();
            Assert.Single(audit);
            Assert.Contains("3 inserted", audit[0].Summary, StringComparison.Ordinal);
            Assert.Equal(0, await db.AuditEntries.CountAsync(a => a.Action == AuditActions.Create));
            return 0;
        });
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Import_SameFileTwice_ChangesNothing_ThenAChangedPhoneUpdatesOneRow(string provider)
    {
        await using var core = await CoreServices.CreateAsync(provider);
        var caller = await core.CallerAtAsync(CommunityA, Role.CommunityWorker);
        await ImportAsync(core, caller, Csv(Family));
        var before = await WithDbAsync(core, async db => (await db.Residents.CountAsync(), await db.Households.CountAsync(), await db.ResidentEvents.CountAsync(), await db.OrgUnits.CountAsync()));

        var again = await ImportAsync(core, caller, Xlsx([.. Family.Select(l => l.Split(','))]), "residents.xlsx");

        Assert.Equal((3, 0, 0, 3), (again.Total, again.Inserted, again.Updated, again.Unchanged));
        Assert.Equal(before, await WithDbAsync(core, async db => (await db.Residents.CountAsync(), await db.Households.CountAsync(), await db.ResidentEvents.CountAsync(), await db.OrgUnits.CountAsync())));

        var changed = Family.ToArray();
        changed[2] = Row("李娜", Id("19820202", 22), relation: "配偶", phone: "13900001111");
        var third = await ImportAsync(core, caller, Csv(changed));
        Assert.Equal((0, 1, 2), (third.Inserted, third.Updated, third.Unchanged));
        Assert.Equal("139****1111", await WithDbAsync(core, db => db.Residents.Where(r => r.Name == "李娜").Select(r => r.PhoneMasked).SingleAsync()));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Import_BadRows_AllOrNothing_WritesNothingAndReportsEveryRow(string provider)
    {
        await using var core = await CoreServices.CreateAsync(provider);
        var caller = await core.CallerAtAsync(CommunityA, Role.CommunityWorker);
        var good = Id("19800101", 11);
        var file = Csv(
            Header,
            Row("张伟", good),
            Row("李娜", WithBadCheck(Id("19820202", 22))),
            Row("王强", Id("19990230", 31)),
            Row("赵六", Id("19700101", 41), community: "411102001999"),
            Row("孙七", good),
            Row("周八", Id("19700101", 51), phone: "12345"),
            Row("", Id("19700101", 61)));

        var outcome = await ImportAsync(core, caller, file);

        Assert.False(outcome.Succeeded);
        Assert.Equal((7, 6), (outcome.Total, outcome.ErrorRows));
        Assert.Contains("未导入任何数据", outcome.Message!.Zh, StringComparison.Ordinal);
        var byRow = outcome.Issues.ToLookup(i => i.RowNumber);
        Assert.Equal("证件号码", byRow[3].Single().Column);
        Assert.Contains("校验", byRow[3].Single().Message.Zh, StringComparison.Ordinal);
        Assert.Contains("日期", byRow[4].Single().Message.Zh, StringComparison.Ordinal);
        Assert.Equal("社区代码", byRow[5].Single().Column);
        Assert.Contains("不存在", byRow[5].Single().Message.Zh, StringComparison.Ordinal);
        Assert.Contains("与第2行重复", byRow[6].Single().Message.Zh, StringComparison.Ordinal);
        Assert.Equal("联系电话", byRow[7].Single().Column);
        Assert.Equal("姓名", byRow[8].Single().Column);
        await WithDbAsync(core, async db =>
        {
            Assert.Equal(0, await db.Residents.CountAsync());
            Assert.Equal(0, await db.Households.CountAsync());
            Assert.Equal(0, await db.OrgUnits.CountAsync(o => o.Kind == OrgUnitKind.Building || o.Kind == OrgUnitKind.Grid));
            return 0;
        });
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Import_ValidRowsOnly_WritesTheGoodRowsAndReportsTheBad(string provider)
    {
        await using var core = await CoreServices.CreateAsync(provider);
        var caller = await core.CallerAtAsync(CommunityA, Role.CommunityWorker);

        var outcome = await ImportAsync(core, caller, Csv(Header, Row("张伟", Id("19800101", 11)), Row("李娜", WithBadCheck(Id("19820202", 22))), Row("王强", Id("19500303", 31))),
            mode: ImportMode.ValidRowsOnly);

        Assert.True(outcome.Succeeded);
        Assert.Equal((3, 2, 1), (outcome.Total, outcome.Inserted, outcome.ErrorRows));
        Assert.Equal(3, outcome.Issues.Single().RowNumber);
        Assert.Equal(["张伟", "王强"], await WithDbAsync(core, db => db.Residents.OrderBy(r => r.Name).Select(r => r.Name).ToListAsync()));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Import_WrongOrMissingHeaders_AreReportedInRow1(string provider)
    {
        await using var core = await CoreServices.CreateAsync(provider);
        var caller = await core.CallerAtAsync(CommunityA, Role.CommunityWorker);

        var outcome = await ImportAsync(core, caller, Csv("姓名,联系电话,社区代码,住址", $"张伟,13812345678,{CommunityA},某处"));

        Assert.False(outcome.Succeeded);
        Assert.Contains("表头", outcome.Message!.Zh, StringComparison.Ordinal);
        Assert.All(outcome.Issues, i => Assert.Equal(1, i.RowNumber));
        Assert.Contains(outcome.Issues, i => i.Message.Zh.Contains("缺少必填列“证件号码”", StringComparison.Ordinal));
        Assert.Contains(outcome.Issues, i => i.Message.Zh.Contains("无法识别的列名“住址”", StringComparison.Ordinal) && i.Column == "D");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Import_EmptyFileOrHeaderOnly_SaysSo(string provider)
    {
        await using var core = await CoreServices.CreateAsync(provider);
        var caller = await core.CallerAtAsync(CommunityA, Role.CommunityWorker);

        var empty = await ImportAsync(core, caller, new MemoryStream());
        var headerOnly = await ImportAsync(core, caller, Csv(Header));

        Assert.Equal("文件为空", empty.Message!.Zh);
        Assert.Contains("没有数据行", headerOnly.Message!.Zh, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Import_GbkCsvWithEnglishAndAliasHeadersInAnyOrder_ReadsChineseNames(string provider)
    {
        await using var core = await CoreServices.CreateAsync(provider);
        var caller = await core.CallerAtAsync(CommunityA, Role.CommunityWorker);
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var gbk = Encoding.GetEncoding("GB18030");

        var outcome = await ImportAsync(core, caller, Csv(gbk, "Community code,身份证号,Name,Room,居住类型", $"{CommunityA},{Id("19800101", 11)},欧阳娜娜,101,流动"));

        Assert.True(outcome.Succeeded, outcome.Message?.Zh);
        var resident = await WithDbAsync(core, db => db.Residents.SingleAsync());
        Assert.Equal("欧阳娜娜", resident.Name);
        Assert.Equal(Core.Features.Registry.ResidenceType.Floating, resident.ResidenceType);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Import_RowsOutsideTheCallersCommunity_AreErrors(string provider)
    {
        await using var core = await CoreServices.CreateAsync(provider);
        var caller = await core.CallerAtAsync(CommunityA, Role.CommunityWorker);

        var outcome = await ImportAsync(core, caller, Csv(Header, Row("张伟", Id("19800101", 11)), Row("李娜", Id("19820202", 22), community: CommunityB)));

        Assert.False(outcome.Succeeded);
        var issue = Assert.Single(outcome.Issues);
        Assert.Equal((3, "社区代码"), (issue.RowNumber, issue.Column));
        Assert.Contains("不在您的管辖范围", issue.Message.Zh, StringComparison.Ordinal);
        Assert.Equal(0, await WithDbAsync(core, db => db.Residents.CountAsync()));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Import_PersonActiveInAnotherCommunity_IsAConflictNotAMerge(string provider)
    {
        await using var core = await CoreServices.CreateAsync(provider);
        var street = await core.CallerAtAsync("411102001", Role.StreetOffice);
        var id = Id("19800101", 11);
        await ImportAsync(core, street, Csv(Header, Row("张伟", id, community: CommunityB)));

        var outcome = await ImportAsync(core, street, Csv(Header, Row("张伟", id), Row("李娜", Id("19820202", 22))), mode: ImportMode.ValidRowsOnly);

        Assert.Equal((1, 1), (outcome.Inserted, outcome.ErrorRows));
        Assert.Contains("已在新华社区居民委员会登记", outcome.Issues.Single().Message.Zh, StringComparison.Ordinal);
        await WithDbAsync(core, async db =>
        {
            var conflict = await db.IdentityConflicts.SingleAsync();
            Assert.Equal("居民导入", conflict.Source);
            Assert.Equal(1, await db.Residents.CountAsync(r => r.Name == "张伟"));
            Assert.Equal(CommunityB, await db.OrgUnits.Where(o => o.Id == db.Residents.Single(r => r.Name == "张伟").CommunityId).Select(o => o.Code).SingleAsync());
            return 0;
        });
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Import_DepartmentRole_IsRefused(string provider)
    {
        await using var core = await CoreServices.CreateAsync(provider);
        var caller = await core.CallerAtAsync("4111", Role.Department);

        var outcome = await ImportAsync(core, caller, Csv(Family));

        Assert.False(outcome.Succeeded);
        Assert.Contains("不能导入", outcome.Message!.Zh, StringComparison.Ordinal);
    }
}
