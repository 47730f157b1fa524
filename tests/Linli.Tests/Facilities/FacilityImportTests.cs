using System.Text;
using Linli.Core.Data;
using Linli.Core.Features.Accounts;
using Linli.Core.Features.Facilities;
using Linli.Tests.Infrastructure;
using Linli.Tests.Standards;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Linli.Tests.Facilities;

public class FacilityImportTests
{
    private const string Binxi = StaffingFixture.Binxi, Xinhua = StaffingFixture.Xinhua, Songshan = StaffingFixture.Songshan;

    private static MemoryStream Csv(params string[] lines) => new(Encoding.UTF8.GetBytes(string.Join("\n", lines)));

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Import_GbkFileColumnsInAnyOrder_AddsThenUpdatesRoomsAndOutdoorArea(string provider)
    {
        await using var core = await CoreServices.CreateAsync(provider);
        await using var scope = core.Scope();
        var sp = scope.ServiceProvider;
        var import = sp.GetRequiredService<ImportFacilities>();
        var street = await StaffingFixture.CallerAsync(sp, "411102001", Role.StreetOffice);
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var gbk = Encoding.GetEncoding("GB18030").GetBytes(string.Join("\r\n",
            "用房名称,社区代码,产权方式,面积,功能室,户外场地面积",
            $"党群服务中心,{Binxi},自建,400,便民服务中心、文体活动室,200",
            $"新时代文明实践站,{Binxi},租用,120.5,志愿服务站,200",
            $"社区服务站,{Xinhua},借用,80㎡,,"));

        var first = await import.HandleAsync(street, new MemoryStream(gbk), "阵地.csv");
        var second = await import.HandleAsync(street, Csv("社区代码,用房名称,面积,产权方式", $"{Xinhua},社区服务站,90,购买"), "more.csv");

        Assert.True(first.Ok, string.Join("; ", first.Errors.Select(e => e.Zh)));
        Assert.Equal((3, 0), (first.Created, first.Updated));
        Assert.Equal((0, 1), (second.Created, second.Updated));
        var db = sp.GetRequiredService<LinliDb>();
        var rooms = await db.Set<ServiceRoom>().AsNoTracking().OrderBy(r => r.Id).ToListAsync();
        Assert.Equal(["党群服务中心:400:Built:便民服务中心、文体活动室", "新时代文明实践站:120.5:Rented:志愿服务站", "社区服务站:90:Bought:"],
            rooms.Select(r => $"{r.Name}:{r.Area:0.##}:{r.Tenure}:{r.FunctionRooms}"));
        Assert.Equal(200m, (await db.Set<CommunitySite>().AsNoTracking().SingleAsync()).OutdoorArea);
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

        var outcome = await sp.GetRequiredService<ImportFacilities>().HandleAsync(street, Csv(
            "社区代码,用房名称,面积,产权方式,功能室,户外场地面积",
            $"{Binxi},党群服务中心,400,自建,,100",
            $"{Binxi},活动室,很大,自建,,",
            $"{Binxi},警务室,30,公租,,",
            $"{Songshan},服务中心,300,自建,,",
            $"{Binxi},党群服务中心,200,租用,,",
            $"{Binxi},图书室,50,租用,,150",
            $"12345,图书室,50,租用,,",
            $"{Xinhua},无用房,10,无,,"), "f.csv");

        var messages = outcome.Errors.Select(e => e.Zh).ToList();
        Assert.Equal(
        [
            "第3行 面积：面积应为0到100000之间的数字（平方米）",
            "第4行 产权方式：产权方式应为：自建、购买、租用、借用、无",
            "第8行 社区代码：社区代码应为12位数字",
            "第9行 面积：产权方式为“无”时面积填0，其他产权方式面积应大于0",
            "第5行 社区代码：社区代码 411103001001 不存在或不在您的管辖范围内",
            "第6行 用房名称：与第2行是同一社区的同一用房",
            "第7行 户外场地面积：与第2行同一社区的户外场地面积不一致",
        ], messages);
        Assert.Equal(0, await sp.GetRequiredService<LinliDb>().Set<ServiceRoom>().CountAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Import_WrongHeadersEmptyOrHugeFile_SaysSo(string provider)
    {
        await using var core = await CoreServices.CreateAsync(provider);
        await using var scope = core.Scope();
        var import = scope.ServiceProvider.GetRequiredService<ImportFacilities>();

        var header = await import.HandleAsync(null, Csv("社区代码,名称,面积", "411102001001,a,1"), "f.csv");
        var empty = await import.HandleAsync(null, new MemoryStream(), "f.csv");
        var headerOnly = await import.HandleAsync(null, Csv("社区代码,用房名称,面积,产权方式"), "f.csv");
        var huge = new MemoryStream();
        huge.SetLength(FacilityTemplate.MaxFileBytes + 1);
        var tooLarge = await import.HandleAsync(null, huge, "f.csv");
        var type = await import.HandleAsync(null, Csv("x"), "f.pdf");
        var department = await import.HandleAsync(await StaffingFixture.CallerAsync(scope.ServiceProvider, "4111", Role.Department), Csv("x"), "f.csv");

        Assert.Equal("第1行（表头）缺少列：用房名称、产权方式", Assert.Single(header.Errors).Zh);
        Assert.False(empty.Ok);
        Assert.Equal("文件中没有数据行", Assert.Single(headerOnly.Errors).Zh);
        Assert.StartsWith("文件超过50 MB", Assert.Single(tooLarge.Errors).Zh, StringComparison.Ordinal);
        Assert.Contains("不支持的文件类型", Assert.Single(type.Errors).Zh, StringComparison.Ordinal);
        Assert.Equal("当前角色不能导入阵地信息", Assert.Single(department.Errors).Zh);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Export_WritesTheTemplate_ThatImportsBackUnchanged(string provider)
    {
        await using var core = await CoreServices.CreateAsync(provider);
        await using var scope = core.Scope();
        var sp = scope.ServiceProvider;
        var bureau = await StaffingFixture.CallerAsync(sp, "4111", Role.CivilAffairs);
        var import = sp.GetRequiredService<ImportFacilities>();
        Assert.True((await import.HandleAsync(bureau, Csv("社区代码,用房名称,面积,产权方式,功能室,户外场地面积",
            $"{Binxi},党群服务中心,400,自建,便民服务中心、文体活动室,200", $"{Songshan},服务中心,650.25,租用,,"), "f.csv")).Ok);

        var file = new MemoryStream();
        Assert.Equal(2, (await sp.GetRequiredService<ExportFacilities>().HandleAsync(bureau, "4111", file)).Value);
        file.Position = 0;
        var again = await import.HandleAsync(bureau, file, "export.xlsx");

        Assert.Equal((0, 2), (again.Created, again.Updated));
        var street = await StaffingFixture.CallerAsync(sp, "411103", Role.StreetOffice);
        Assert.False((await sp.GetRequiredService<ExportFacilities>().HandleAsync(street, "411102", new MemoryStream())).Ok);
    }
}
