using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Linli.Core.Data;
using Linli.Core.Features.Catalogue;
using Linli.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Linli.Tests.Catalogue;

public class CatalogueAdminTests(ITestOutputHelper output)
{
    private static object Item(string code, object[] fields, int? version = null) => new
    {
        code, nameZh = "独生子女父母光荣证", nameEn = "One-child parents' certificate", guideZh = "符合条件的家庭可申请。", guideEn = "Eligible families may apply.",
        level = "Community", timeLimitDays = 5, feeClass = "Free", materials = new[] { new { nameZh = "户口簿", nameEn = "Household register", required = true } },
        fields, version,
    };

    [Fact]
    public async Task Catalogue_AdminCreatesAndUpdates_BadFieldsAndOtherRolesAndStaleVersionsAreRefused()
    {
        await using var app = await TestApp.StartAsync();
        using var civil = await app.ApiClientAsync("minzheng");
        using var community = await app.ApiClientAsync("shequ");
        using var anonymous = app.Client();

        var publicList = await anonymous.GetFromJsonAsync<JsonElement>("/api/v1/catalogue");
        Assert.True(publicList.GetArrayLength() >= 8);
        Assert.Equal(JsonValueKind.Array, (await anonymous.GetFromJsonAsync<JsonElement>("/api/v1/catalogue/DB-001")).GetProperty("fields").ValueKind);

        var badChoices = await civil.PostAsJsonAsync("/api/v1/catalogue", Item("DS-001", [new { key = "kind", labelZh = "类型", labelEn = "Kind", type = "Choice", choices = new[] { "只有一项" } }]));
        Assert.Equal(HttpStatusCode.BadRequest, badChoices.StatusCode);
        var problem = await badChoices.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("fields[0].choices", problem.GetProperty("field").GetString());
        Assert.Contains("须有2–30个互不相同的选项", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var badType = await civil.PostAsJsonAsync("/api/v1/catalogue", Item("DS-001", [new { key = "kind", labelZh = "类型", labelEn = "Kind", type = "Colour" }]));
        Assert.Equal(HttpStatusCode.BadRequest, badType.StatusCode);

        object[] fields = [new { key = "applicantName", labelZh = "申请人姓名", labelEn = "Name", type = "Text", required = true, maxLength = 20 }];
        Assert.Equal(HttpStatusCode.Forbidden, (await community.PostAsJsonAsync("/api/v1/catalogue", Item("DS-001", fields))).StatusCode);
        var created = await civil.PostAsJsonAsync("/api/v1/catalogue", Item("DS-001", fields));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var version = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32();
        Assert.Equal(HttpStatusCode.BadRequest, (await civil.PostAsJsonAsync("/api/v1/catalogue", Item("DS-001", fields))).StatusCode);

        var updated = await civil.PutAsJsonAsync("/api/v1/catalogue/DS-001", Item("DS-001", fields, version));
        Assert.True(updated.IsSuccessStatusCode, await updated.Content.ReadAsStringAsync());
        var stale = await civil.PutAsJsonAsync("/api/v1/catalogue/DS-001", Item("DS-001", fields, version));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        await using var scope = app.Scope();
        Assert.True(await scope.ServiceProvider.GetRequiredService<LinliDb>().AuditEntries.AnyAsync(e => e.EntityType == nameof(CatalogueItem)));
    }

    [Fact]
    public async Task DemoApplications_AreSeededOverTheCity_SomeOverdue_AndQuickly()
    {
        await using var app = await TestApp.StartAsync();
        await using var scope = app.Scope();
        var watch = Stopwatch.StartNew();
        var count = await scope.ServiceProvider.GetRequiredService<SeedDemoApplications>().HandleAsync("4111", 4111);
        watch.Stop();
        output.WriteLine($"seeded {count} demo applications in {watch.ElapsedMilliseconds} ms");
        var db = scope.ServiceProvider.GetRequiredService<LinliDb>();
        Assert.Equal(count, await db.ServiceApplications.CountAsync(a => a.IsDemo));
        Assert.True(count >= 250, $"{count}");
        Assert.True(await db.ServiceApplications.Select(a => a.CommunityId).Distinct().CountAsync() > 50);
        Assert.True(await db.ServiceApplications.AnyAsync(a => a.Status == ApplicationStatus.Approved));
        Assert.True(await db.ServiceApplications.AnyAsync(a => a.Status == ApplicationStatus.Resubmitted || a.Status == ApplicationStatus.NeedsMaterials || a.Status == ApplicationStatus.Accepted));
        var raw = string.Join("\n", await db.ServiceApplications.Select(a => a.AnswersJson).ToListAsync());
        Assert.DoesNotMatch(@"\d{17}[\dX]", raw);
    }
}
