using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Linli.Tests.Infrastructure;

namespace Linli.Tests.Admission;

/// <summary>The whole path through HTTP on the demo city: file, review, admit, send a task, complete it, count it.</summary>
public class AdmissionApiTests
{
    private const string Binxi = "411102001001";

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task WholePath_FileReviewAdmitIssueCompleteAndFigures_UnadmittedTaskRefused(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        using var department = await app.ApiClientAsync("bumen");
        using var chair = await app.ApiClientAsync("shenhe");
        using var bureau = await app.ApiClientAsync("minzheng");
        using var community = await app.ApiClientAsync("shequ");
        var year = DateTime.UtcNow.Year;
        var before = await ItemsAsync(bureau, year);

        var filed = await department.PostAsJsonAsync("/api/v1/admission/requests", new
        {
            kind = "工作任务", title = "老年人防诈骗宣传", content = "每季度在社区开展一次防诈骗宣传，宣传材料由部门提供。", targetUnitCode = "411102001",
            communityCodes = new[] { Binxi }, frequency = "每季度一次", timesPerYear = 4, startDate = $"{year}-01-01", endDate = $"{year}-12-31",
            hoursPerCommunity = 6, peopleProvided = 1, fundsAmount = 3000, authority = "",
        });
        Assert.Equal(HttpStatusCode.Created, filed.StatusCode);
        var id = (await filed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();

        var notYet = await chair.PostAsJsonAsync($"/api/v1/admission/requests/{id}/decision", new { });
        Assert.Equal(HttpStatusCode.Conflict, notYet.StatusCode);
        Assert.Contains("意见尚不足以作出决定", await notYet.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await chair.PostAsJsonAsync($"/api/v1/admission/requests/{id}/opinions", new { vote = "Approve" })).StatusCode);
        var noReason = await bureau.PostAsJsonAsync($"/api/v1/admission/requests/{id}/opinions", new { vote = "ApproveWithConditions" });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Contains("附条件同意时请写明条件", await noReason.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await bureau.PostAsJsonAsync($"/api/v1/admission/requests/{id}/opinions", new { vote = "ApproveWithConditions", comment = "不得要求拍照留痕" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await bureau.PostAsJsonAsync($"/api/v1/admission/requests/{id}/decision", new { })).StatusCode);

        using (var queue = JsonDocument.Parse(await chair.GetStringAsync("/api/v1/admission/requests")))
        {
            Assert.Contains(queue.RootElement.EnumerateArray(), r => r.GetProperty("id").GetInt64() == id && r.GetProperty("status").GetString() == "Submitted");
        }
        var decided = await chair.PostAsJsonAsync($"/api/v1/admission/requests/{id}/decision", new { });
        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
        var decision = await decided.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("ApprovedWithConditions", decision.GetProperty("status").GetString());
        Assert.Equal("不得要求拍照留痕", decision.GetProperty("conditions").GetString());
        var number = decision.GetProperty("admissionNumber").GetString()!;
        Assert.Matches($"^ZR-4111-{year}-\\d{{4}}$", number);

        var unadmitted = await department.PostAsJsonAsync("/api/v1/community-tasks", new { title = "上报防诈骗宣传照片", communityCodes = new[] { Binxi }, deadline = $"{year + 1}-01-31" });
        Assert.Equal(HttpStatusCode.BadRequest, unadmitted.StatusCode);
        Assert.Contains("未经准入的事项不得下派社区", await unadmitted.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var issued = await department.PostAsJsonAsync("/api/v1/community-tasks", new { admissionNumber = number, title = "第一季度防诈骗宣传", deadline = $"{year + 1}-01-31" });
        Assert.Equal(HttpStatusCode.Created, issued.StatusCode);
        var taskId = (await issued.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("ids")[0].GetInt64();

        using var inbox = JsonDocument.Parse(await community.GetStringAsync("/api/v1/community-tasks"));
        var task = inbox.RootElement.EnumerateArray().Single(t => t.GetProperty("id").GetInt64() == taskId);
        Assert.Equal(number, task.GetProperty("basis").GetString());
        Assert.Equal(HttpStatusCode.OK, (await community.PostAsJsonAsync($"/api/v1/community-tasks/{taskId}/complete", new { note = "已完成" })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await community.PostAsJsonAsync($"/api/v1/community-tasks/{taskId}/complete", new { note = "again" })).StatusCode);

        var reported = await community.PostAsJsonAsync("/api/v1/unadmitted-reports", new { department = "区城管局", what = "要求每日上报门前三包巡查照片", receivedOn = DateTime.UtcNow.ToString("yyyy-MM-dd"), evidence = "微信群截图" });
        Assert.Equal(HttpStatusCode.Created, reported.StatusCode);
        var reportId = (await reported.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        using (var queue = JsonDocument.Parse(await chair.GetStringAsync("/api/v1/unadmitted-reports")))
        {
            Assert.Contains(queue.RootElement.EnumerateArray(), r => r.GetProperty("id").GetInt64() == reportId && r.GetProperty("status").GetString() == "Open");
        }
        Assert.Equal(HttpStatusCode.OK, (await chair.PostAsJsonAsync($"/api/v1/unadmitted-reports/{reportId}/resolve", new { status = "Upheld", outcome = "已责令区城管局停止" })).StatusCode);

        using var figures = JsonDocument.Parse(await bureau.GetStringAsync($"/api/v1/burden?unit=411102001&year={year}"));
        var binxi = figures.RootElement.GetProperty("children").EnumerateArray().Single(c => c.GetProperty("code").GetString() == Binxi);
        Assert.True(binxi.GetProperty("items").GetProperty("Tasks").GetInt32() >= 1);
        Assert.True(binxi.GetProperty("reportsUpheld").GetInt32() >= 1);
        Assert.True(binxi.GetProperty("tasksCompleted").GetInt32() >= 1);
        Assert.Equal(before + 1, await ItemsAsync(bureau, year));

        // Outside the area: a street office elsewhere sees none of 滨西's tasks, and not the figures of 老街街道 either.
        await using (var scope = app.Scope())
        {
            var accounts = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<Linli.Core.Features.Accounts.CreateAccount>(scope.ServiceProvider);
            Assert.True((await accounts.HandleAsync(new("qita", "其他街道", "Test2026x", Linli.Core.Features.Accounts.Role.StreetOffice, "411103001"))).Ok);
        }
        using var other = await app.ApiClientAsync("qita", "Test2026x");
        Assert.Equal("[]", await other.GetStringAsync("/api/v1/community-tasks"));
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/burden?unit=411102001&year={year}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/admission/requests/{id}")).StatusCode);
        Assert.Equal("[]", await other.GetStringAsync("/api/v1/admission/requests"));
        Assert.Equal("[]", await other.GetStringAsync("/api/v1/unadmitted-reports"));

        var xlsx = await bureau.GetAsync($"/api/v1/burden/export?unit=4111&year={year}&format=xlsx");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        var docx = await bureau.GetAsync($"/api/v1/burden/export?unit=4111&year={year}&format=docx");
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx.Content.Headers.ContentType!.MediaType);
        using (var word = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(await docx.Content.ReadAsByteArrayAsync()), false))
        {
            var text = word.MainDocumentPart!.Document.Body!.InnerText;
            Assert.Contains("漯河市社区减负情况统计", text, StringComparison.Ordinal);
            Assert.Contains("源汇区", text, StringComparison.Ordinal);
            Assert.Contains("市卫健委（演示）", text, StringComparison.Ordinal);
        }

        // Every state change is in the audit log: filing, the opinions, the decision, the task, its completion, the report.
        await using (var scope = app.Scope())
        {
            var db = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<Linli.Core.Data.LinliDb>(scope.ServiceProvider);
            var entries = db.AuditEntries.Where(a => a.EntityType == "AdmissionRequest" && a.EntityId == id.ToString(System.Globalization.CultureInfo.InvariantCulture)).Select(a => a.Action).ToList();
            Assert.Equal(["create", "update"], entries);
            Assert.Equal(2, db.AuditEntries.Count(a => a.EntityType == "CommunityTask" && a.EntityId == taskId.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            Assert.Equal(2, db.AuditEntries.Count(a => a.EntityType == "ReviewOpinion" && a.Action == "create" && a.After!.Contains($"\"RequestId\":{id}")));
        }
        Assert.Equal(HttpStatusCode.BadRequest, (await bureau.GetAsync($"/api/v1/burden/export?unit=4111&format=pdf")).StatusCode);
    }

    [Fact]
    public async Task BadJson_AndBadFields_AnswerInChineseNamingTheField_EnglishOnRequest()
    {
        await using var app = await TestApp.StartAsync();
        using var department = await app.ApiClientAsync("bumen");
        var malformed = await department.PostAsync("/api/v1/admission/requests", new StringContent("{\"timesPerYear\": \"often\"}", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        var bad = await department.PostAsJsonAsync("/api/v1/admission/requests", new { kind = "会议", title = "x" });
        Assert.Contains("事项类型“会议”无效", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var english = await department.PostAsJsonAsync("/api/v1/admission/requests?culture=en", new { kind = "Survey", title = "x", content = "y", timesPerYear = 0 });
        using var problem = JsonDocument.Parse(await english.Content.ReadAsStringAsync());
        Assert.Equal("timesPerYear", problem.RootElement.GetProperty("field").GetString());
        Assert.StartsWith("Times per year", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);

        var attach = new MultipartFormDataContent { { new ByteArrayContent("not a pdf"u8.ToArray()), "file", "通知.pdf" } };
        var demoSurvey = JsonDocument.Parse(await department.GetStringAsync("/api/v1/admission/requests")).RootElement.EnumerateArray().First(r => r.GetProperty("status").GetString() == "Submitted");
        var refused = await department.PostAsync($"/api/v1/admission/requests/{demoSurvey.GetProperty("id").GetInt64()}/attachments", attach);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("内容与扩展名不符", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var pdf = new MultipartFormDataContent { { new ByteArrayContent("%PDF-1.4 test"u8.ToArray()), "file", "通知.pdf" } };
        Assert.Equal(HttpStatusCode.Created, (await department.PostAsync($"/api/v1/admission/requests/{demoSurvey.GetProperty("id").GetInt64()}/attachments", pdf)).StatusCode);
    }

    [Fact]
    public async Task ReviewGroup_BureauChangesRuleAndMembers_OthersMayNot_BadRuleNamed()
    {
        await using var app = await TestApp.StartAsync();
        using var bureau = await app.ApiClientAsync("minzheng");
        using var department = await app.ApiClientAsync("bumen");
        var badRule = await bureau.PutAsJsonAsync("/api/v1/admission/review-groups", new { unitCode = "4111", rule = "抽签", members = new[] { "shenhe" }, chair = "shenhe" });
        Assert.Contains("议事规则应为", await badRule.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var notMember = await bureau.PutAsJsonAsync("/api/v1/admission/review-groups", new { unitCode = "4111", rule = "Unanimity", members = new[] { "shenhe", "minzheng" }, chair = "jiedao" });
        Assert.Contains("组长必须是审核组成员", await notMember.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await department.PutAsJsonAsync("/api/v1/admission/review-groups", new { unitCode = "4111", rule = "Unanimity", members = new[] { "bumen" }, chair = "bumen" })).StatusCode);

        var changed = await bureau.PutAsJsonAsync("/api/v1/admission/review-groups", new { unitCode = "4111", rule = "三分之二", members = new[] { "shenhe", "minzheng", "jiedao" }, chair = "minzheng" });
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        using var group = JsonDocument.Parse(await department.GetStringAsync("/api/v1/admission/review-groups?unit=411102001"));
        Assert.Equal("TwoThirds", group.RootElement.GetProperty("rule").GetString());
        Assert.Equal(3, group.RootElement.GetProperty("members").GetArrayLength());
        Assert.Contains(group.RootElement.GetProperty("members").EnumerateArray(), m => m.GetProperty("isChair").GetBoolean() && m.GetProperty("name").GetString()!.Contains("民政局", StringComparison.Ordinal));
    }

    private static async Task<int> ItemsAsync(HttpClient client, int year)
    {
        using var figures = JsonDocument.Parse(await client.GetStringAsync($"/api/v1/burden?unit=4111&year={year}"));
        return figures.RootElement.GetProperty("total").GetProperty("totalItems").GetInt32();
    }
}
