using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Linli.Core.Data;
using Linli.Core.Features.Hierarchy;
using Linli.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Linli.Tests.Facilities;

/// <summary>Entering budgets, formula, tasks, wages, organizations and estate handovers over HTTP, and the figures that count them.</summary>
public class FundingEntryApiTests
{
    private const string Binxi = "411102001001";

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Entries_ShowUpInTheFigures_BadValuesAreRefusedInChinese(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var bureau = await app.ApiClientAsync("minzheng");
        var worker = await app.ApiClientAsync("shequ");
        var street = await app.ApiClientAsync("jiedao");

        await Ok(worker.PutAsJsonAsync("/api/v1/funding/budget-lines", new { communityCode = Binxi, year = 2025, category = "办公经费", source = "财政", budget = 30000, spent = 12000 }));
        await Ok(worker.PutAsJsonAsync("/api/v1/funding/budget-lines", new { communityCode = Binxi, year = 2025, category = "办公经费", source = "财政", budget = 32000, spent = 16000 })); // same line: updated
        await Ok(bureau.PutAsJsonAsync("/api/v1/funding/formulas", new { unitCode = "4111", year = 2025, baseAmount = 20000, perHousehold = 10, perTask = 500, growthPercent = 5 }));
        await Ok(street.PutAsJsonAsync("/api/v1/funding/task-counts", new { communityCode = Binxi, year = 2025, tasks = 6 }));
        await Ok(bureau.PutAsJsonAsync("/api/v1/wages", new { unitCode = "4111", year = 2025, averageAnnual = 72000, minimumMonthly = 2000 }));
        await Ok(worker.PostAsJsonAsync("/api/v1/social-orgs", new { communityCode = Binxi, name = "滨西舞蹈队", type = "文体活动", registered = false, registeredOn = "2024-05-01" }));

        var funding = await bureau.GetFromJsonAsync<JsonElement>($"/api/v1/funding?unit={Binxi}&year=2025");
        Assert.Equal((32000m, 16000m, 50.0m), (funding.GetProperty("budget").GetDecimal(), funding.GetProperty("spent").GetDecimal(), funding.GetProperty("spentPercent").GetDecimal()));
        Assert.Equal(23000m, funding.GetProperty("proposed").GetDecimal()); // 20,000 + 0 households + 6 × 500, first year
        var orgs = await bureau.GetFromJsonAsync<JsonElement>($"/api/v1/social-orgs/figures?unit={Binxi}&year=2025");
        Assert.Equal(1, orgs.GetProperty("total").GetProperty("organizations").GetInt32());

        await Refused(worker.PutAsJsonAsync("/api/v1/funding/budget-lines", new { communityCode = Binxi, year = 2025, category = "吃饭", source = "财政", budget = 1 }), "用途应为");
        await Refused(worker.PutAsJsonAsync("/api/v1/funding/budget-lines", new { communityCode = "411103001001", year = 2025, category = "其他", source = "财政", budget = 1 }), "不在您的管辖范围内");
        await Refused(worker.PutAsJsonAsync("/api/v1/funding/formulas", new { unitCode = Binxi, year = 2025, baseAmount = 1 }), "当前角色不能设定经费测算公式", HttpStatusCode.Forbidden);
        await Refused(bureau.PutAsJsonAsync("/api/v1/wages", new { unitCode = "4111", year = 1990, averageAnnual = 1 }), "年份应在2000到");
        await Refused(worker.PostAsJsonAsync("/api/v1/social-orgs", new { communityCode = Binxi, name = "滨西舞蹈队", type = "文体活动", registeredOn = "2024-05-01" }), "已登记名为");
        await Refused(worker.PostAsJsonAsync("/api/v1/social-orgs", new { communityCode = Binxi, name = "读书会", type = "文体活动", registeredOn = "2099-01-01" }), "登记/备案日期");

        long estateId;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LinliDb>();
            var community = await db.OrgUnits.SingleAsync(o => o.Code == Binxi);
            var estate = new Estate { CommunityId = community.Id, Name = "滨西新苑" };
            db.Estates.Add(estate);
            await db.SaveChangesAsync();
            estateId = estate.Id;
        }
        await Refused(worker.PutAsJsonAsync($"/api/v1/estates/{estateId}/handover", new { totalUnits = 100, planned = new { on = "2024-01-01" }, built = new { on = "2023-01-01" } }), "建成日期不能早于上一阶段");
        await Ok(worker.PutAsJsonAsync($"/api/v1/estates/{estateId}/handover", new { totalUnits = 100, ownCommittee = false, planned = new { on = "2023-01-01", area = 300 }, built = new { on = "2024-06-01", area = 300 } }));
        var estates = await bureau.GetFromJsonAsync<JsonElement>($"/api/v1/facilities/estates?unit={Binxi}&year=2025");
        Assert.Equal(1, estates.GetProperty("estates").GetInt32());
        var other = await app.ApiClientAsync("bumen");
        Assert.Equal(HttpStatusCode.Forbidden, (await other.PutAsJsonAsync($"/api/v1/estates/{estateId}/handover", new { totalUnits = 1 })).StatusCode);
    }

    private static async Task Ok(Task<HttpResponseMessage> call)
    {
        var response = await call;
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    private static async Task Refused(Task<HttpResponseMessage> call, string message, HttpStatusCode status = HttpStatusCode.BadRequest)
    {
        var response = await call;
        Assert.Equal(status, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
