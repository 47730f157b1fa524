using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Linli.Core.Data;
using Linli.Core.Features.Requests;
using Linli.Tests.Infrastructure;
using Linli.Tests.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Linli.Tests.Catalogue;

public class ApplicationsApiTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Application_WindowToApproval_WithMaterialsLoop_ConflictScopeAndEncryptionHold(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        await RequestsFixture.CreateOtherDistrictAccountAsync(app);
        using var community = await app.ApiClientAsync("shequ");
        using var street = await app.ApiClientAsync("jiedao");
        using var other = await app.ApiClientAsync("yancheng", "Other2026");

        // Bad answers: named field, Chinese message, and nothing stored.
        var bad = await community.PostAsJsonAsync("/api/v1/applications", ApplicationsFixture.SeniorCard("110105194912310021"));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var problem = await bad.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("idNumber", problem.GetProperty("field").GetString());
        Assert.Contains("申请人身份证号码：身份证号码校验位错误", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        await using (var scope = app.Scope())
        {
            Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<LinliDb>().ServiceApplications.CountAsync());
        }

        var created = await ApplicationsFixture.CreateAsync(community, ApplicationsFixture.SeniorCard());
        var id = created.GetProperty("id").GetInt64();
        Assert.Matches(@"^B\d{8}-\d{6}$", created.GetProperty("trackingNumber").GetString());
        Assert.Matches(@"^\d{6}$", created.GetProperty("verificationCode").GetString());
        Assert.Equal("Submitted", created.GetProperty("status").GetString());

        // Approving before accepting is refused with the states named.
        var illegal = await ApplicationsFixture.TryMoveAsync(community, id, "approve");
        Assert.Equal(HttpStatusCode.Conflict, illegal.StatusCode);
        Assert.Contains("办件当前为“已提交”，不能“办结（准予）”", await illegal.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Two people accept from the same version: exactly one wins.
        var version = (await ApplicationsFixture.GetAsync(community, id)).GetProperty("version").GetInt32();
        var racing = await Task.WhenAll(
            community.PostAsJsonAsync($"/api/v1/applications/{id}/transitions", new { action = "accept", version }),
            street.PostAsJsonAsync($"/api/v1/applications/{id}/transitions", new { action = "受理", version }));
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], racing.Select(r => r.StatusCode).Order());
        Assert.Contains("已被他人修改", await racing.Single(r => r.StatusCode == HttpStatusCode.Conflict).Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var noNote = await ApplicationsFixture.TryMoveAsync(community, id, "RequestMaterials");
        Assert.Equal(HttpStatusCode.BadRequest, noNote.StatusCode);
        await ApplicationsFixture.MoveAsync(community, id, "RequestMaterials", "请补交一寸照片");
        await ApplicationsFixture.MoveAsync(community, id, "Resubmit", "照片已补交");
        var approved = await ApplicationsFixture.MoveAsync(community, id, "approve", "准予办理，请到社区领取");
        Assert.Equal("Approved", approved.GetProperty("status").GetString());
        Assert.Equal(["Submit", "Accept", "RequestMaterials", "Resubmit", "Approve"],
            approved.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("action").GetString()));
        Assert.Equal("准予办理，请到社区领取", approved.GetProperty("outcome").GetString());
        Assert.Equal("滨西社区居民委员会", approved.GetProperty("handlingUnit").GetString());

        // Screens get masked numbers only; the store holds ciphers only.
        var answers = approved.GetProperty("answers").EnumerateArray().ToDictionary(a => a.GetProperty("key").GetString()!, a => a.GetProperty("value").GetString());
        Assert.Equal("139****5678", answers["phone"]);
        Assert.DoesNotContain(ApplicationsFixture.IdNumber, approved.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain(ApplicationsFixture.Phone, approved.GetRawText(), StringComparison.Ordinal);
        var raw = await RawAnswersAsync(app);
        Assert.DoesNotContain(ApplicationsFixture.IdNumber, raw, StringComparison.Ordinal);
        Assert.DoesNotContain(ApplicationsFixture.Phone, raw, StringComparison.Ordinal);
        Assert.Contains("139****5678", raw, StringComparison.Ordinal);
        Assert.Contains("张桂兰", raw, StringComparison.Ordinal);

        // Disclosure: a purpose, the full number, an audit entry.
        var disclosed = await community.PostAsJsonAsync($"/api/v1/applications/{id}/disclose", new { field = "idNumber", purpose = "核对身份信息" });
        Assert.Equal(ApplicationsFixture.IdNumber, (await disclosed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("value").GetString());
        await using (var scope = app.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LinliDb>();
            Assert.True(await db.AuditEntries.AnyAsync(e => e.Action == "disclose" && e.EntityType == "ServiceApplication" && e.Purpose == "核对身份信息"));
        }

        // Another district sees nothing of it.
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/applications/{id}")).StatusCode);
        Assert.Equal(0, (await other.GetFromJsonAsync<JsonElement>("/api/v1/applications")).GetProperty("total").GetInt32());
        var otherMove = await other.PostAsJsonAsync($"/api/v1/applications/{id}/transitions", new { action = "reject", version = approved.GetProperty("version").GetInt32(), note = "越权" });
        Assert.Equal(HttpStatusCode.NotFound, otherMove.StatusCode);
        Assert.Equal(1, (await street.GetFromJsonAsync<JsonElement>("/api/v1/applications")).GetProperty("total").GetInt32());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task DueDate_SkipsAHolidayWeek_AndStreetLevelItemsGoToTheStreet(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var today = WorkCalendar.LocalDate(TimeProvider.System.GetUtcNow().UtcDateTime);
        var holidays = Enumerable.Range(1, 10).Select(d => today.AddDays(d)).ToList();
        await using (var scope = app.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LinliDb>();
            await db.CalendarDays.Where(d => holidays.Contains(d.Date)).ExecuteDeleteAsync();
            db.CalendarDays.AddRange(holidays.Select(d => new CalendarDay { Date = d, IsWorkingDay = false, Name = "测试假期" }));
            await db.SaveChangesAsync();
        }
        using var community = await app.ApiClientAsync("shequ");
        var created = await ApplicationsFixture.CreateAsync(community, new
        {
            item = "LS-001", community = ApplicationsFixture.Binxi,
            answers = new Dictionary<string, object?>
            {
                ["applicantName"] = "李强", ["idNumber"] = ApplicationsFixture.IdNumber, ["phone"] = ApplicationsFixture.Phone, ["householdSize"] = 3,
                ["cause"] = "突发重大疾病", ["description"] = "家人突发重病住院，医疗费用负担重",
            },
        });
        var view = await ApplicationsFixture.GetAsync(community, created.GetProperty("id").GetInt64());
        Assert.Equal("老街街道", view.GetProperty("handlingUnit").GetString());
        await using (var scope = app.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LinliDb>();
            var stored = await db.ServiceApplications.AsNoTracking().SingleAsync();
            var calendar = await WorkCalendarLoader.LoadAsync(db);
            Assert.Equal(calendar.AddWorkingDays(stored.SubmittedAt, 10), stored.DueAt);
            // Ten working days counted from after the ten days off: never before the 20th day.
            Assert.True(WorkCalendar.LocalDate(stored.DueAt) > today.AddDays(20), $"due {stored.DueAt:O}");
        }
    }

    private static async Task<string> RawAnswersAsync(TestApp app)
    {
        await using var scope = app.Scope();
        var connection = scope.ServiceProvider.GetRequiredService<LinliDb>().Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT \"AnswersJson\" FROM service_applications";
        return (string)(await command.ExecuteScalarAsync())!;
    }
}
