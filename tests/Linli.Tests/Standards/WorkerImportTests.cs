using System.Text;
using Linli.Core.Data;
using Linli.Core.Features.Accounts;
using Linli.Core.Features.Workers;
using Linli.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Linli.Tests.Standards;

public class WorkerImportTests
{
    private static MemoryStream Csv(params string[] lines) => new(Encoding.UTF8.GetBytes(string.Join("\n", lines)));

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Import_ColumnsInAnyOrder_EncryptsIdAndUpdatesOnReimport(string provider)
    {
        await using var core = await CoreServices.CreateAsync(provider);
        await using var scope = core.Scope();
        var sp = scope.ServiceProvider;
        var import = sp.GetRequiredService<ImportWorkers>();
        var street = await StaffingFixture.CallerAsync(sp, "411102001", Role.StreetOffice);
        var id = TestIds.Make(new(1988, 4, 2), male: false);

        var first = await import.HandleAsync(street, Csv("社区代码,姓名,岗位,用工方式,入职日期,证件号码,月薪", $"{StaffingFixture.Binxi},孙丽,网格员,公开招聘,2024/3/1,{id},3100"), "w.csv");
        var second = await import.HandleAsync(street, Csv("姓名,证件号码,社区代码,岗位,用工方式,入职日期,月薪", $"孙丽,{id},{StaffingFixture.Binxi},专职社工,公开招聘,2024-03-01,3300"), "w.csv");

        Assert.Equal((1, 0), (first.Created, first.Updated));
        Assert.Equal((0, 1), (second.Created, second.Updated));
        var db = sp.GetRequiredService<LinliDb>();
        var worker = await db.CommunityWorkers.AsNoTracking().SingleAsync();
        Assert.Equal((WorkerPost.SocialWorker, 3300m, "411102********" + id[^4..], Linli.Core.Features.Registry.Sex.Female), (worker.Post, worker.MonthlyPay, worker.DocumentMasked, worker.Sex));
        Assert.DoesNotContain(id, Encoding.UTF8.GetString(worker.DocumentCipher), StringComparison.Ordinal);
        Assert.Equal(2, await db.AuditEntries.CountAsync(e => e.Action == "import"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Import_BadRows_ListsEveryRowAndColumn_AndWritesNothing(string provider)
    {
        await using var core = await CoreServices.CreateAsync(provider);
        await using var scope = core.Scope();
        var sp = scope.ServiceProvider;
        var street = await StaffingFixture.CallerAsync(sp, "411102001", Role.StreetOffice);
        var good = TestIds.Make(new(1985, 1, 1), true);

        var outcome = await sp.GetRequiredService<ImportWorkers>().HandleAsync(street, Csv(
            "姓名,证件号码,社区代码,岗位,用工方式,入职日期,离职日期",
            $"好人,{good},{StaffingFixture.Binxi},主任,选举产生,2021-01-01,",
            $"坏号,41110219850101001X,{StaffingFixture.Binxi},主任,选举产生,2021-01-01,",
            $"岗位错,{TestIds.Make(new(1986, 1, 1), true)},{StaffingFixture.Binxi},经理,选举产生,2021-01-01,",
            $"日期错,{TestIds.Make(new(1987, 1, 1), true)},{StaffingFixture.Binxi},委员,选举产生,2021-13-01,",
            $"越界,{TestIds.Make(new(1989, 1, 1), true)},{StaffingFixture.Songshan},委员,选举产生,2021-01-01,",
            $"重复,{good},{StaffingFixture.Xinhua},委员,选举产生,2021-01-01,",
            $"先离后入,{TestIds.Make(new(1990, 1, 1), true)},{StaffingFixture.Binxi},委员,选举产生,2021-01-01,2020-01-01"), "w.csv");

        var messages = outcome.Errors.Select(e => e.Zh).ToList();
        Assert.Contains(messages, m => m.StartsWith("第3行 证件号码：", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("第4行 岗位：岗位应为：书记、", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("第5行 入职日期：", StringComparison.Ordinal));
        Assert.Contains("第6行 社区代码：社区代码 411103001001 不存在或不在您的管辖范围内", messages);
        Assert.Contains("第7行 证件号码：与第2行是同一人", messages);
        Assert.Contains("第8行 离职日期：离职日期不能早于入职日期", messages);
        Assert.Equal(6, messages.Count);
        Assert.Equal(0, await sp.GetRequiredService<LinliDb>().CommunityWorkers.CountAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Import_MissingHeaderOrWrongFileType_SaysSo(string provider)
    {
        await using var core = await CoreServices.CreateAsync(provider);
        await using var scope = core.Scope();
        var import = scope.ServiceProvider.GetRequiredService<ImportWorkers>();

        var header = await import.HandleAsync(null, Csv("姓名,证件号码", "张三,1"), "w.csv");
        var type = await import.HandleAsync(null, Csv("x"), "w.pdf");

        Assert.Equal("第1行（表头）缺少列：社区代码、岗位、用工方式、入职日期", Assert.Single(header.Errors).Zh);
        Assert.Contains("不支持的文件类型", Assert.Single(type.Errors).Zh, StringComparison.Ordinal);
    }
}
