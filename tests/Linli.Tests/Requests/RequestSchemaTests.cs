using Linli.Core.Data;
using Linli.Core.Features.Requests;
using Linli.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Linli.Tests.Requests;

public class RequestSchemaTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Migration0006_SeedsTheCategoryTreeAndTheCalendar(string provider)
    {
        await using var core = await CoreServices.CreateAsync(provider, divisionsPrefix: null);
        await using var scope = core.Scope();
        var db = scope.ServiceProvider.GetRequiredService<LinliDb>();

        var lift = await db.RequestCategories.Include(c => c.Parent).SingleAsync(c => c.Code == "0201");
        Assert.Equal("电梯故障", lift.NameZh);
        Assert.Equal("物业管理", lift.Parent!.NameZh);
        Assert.Equal(2, lift.ResponseHours);
        Assert.True(await db.RequestCategories.AnyAsync(c => c.Code == "03" && c.ParentId == null && c.NameZh == "邻里纠纷"));
        Assert.True(await db.RequestCategories.CountAsync() >= 20);

        var calendar = await WorkCalendarLoader.LoadAsync(db);
        Assert.False(calendar.IsWorkingDay(new DateOnly(2026, 10, 5)));
        Assert.True(calendar.IsWorkingDay(new DateOnly(2026, 10, 10)));
    }
}
