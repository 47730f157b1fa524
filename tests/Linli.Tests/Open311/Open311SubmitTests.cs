using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using Linli.Core.Common;
using Linli.Core.Common.Privacy;
using Linli.Core.Data;
using Linli.Core.Features.Audit;
using Linli.Core.Features.Open311;
using Linli.Core.Features.Requests;
using Linli.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Linli.Tests.Open311;

/// <summary>POST requests: form-encoded, api_key required, into the same intake as every other channel.</summary>
public class Open311SubmitTests
{
    private const string Key = Open311Keys.DemoKey;

    private static FormUrlEncodedContent Form(params (string Key, string Value)[] fields) =>
        new(fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value)));

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Post_CreatesAnApiChannelRequest_ThatGetReturns_AndMatchesTheSchema(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        using var client = app.Client();

        var response = await client.PostAsync("/open311/v2/requests.json", Form(
            ("api_key", Key), ("service_code", "0101"), ("description", "滨河路北段路灯全部不亮"),
            ("attribute[place_code]", Open311Data.BinXi), ("lat", "33.5812"), ("long", "114.0201"),
            ("last_name", "王"), ("first_name", "小明"), ("phone", "13800138000"), ("attribute[notify]", "yes")));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement[0];
        var id = created.GetProperty("service_request_id").GetString()!;
        Assert.Matches(@"^Q\d{8}-\d{6}$", id);
        Assert.Contains("查询码", created.GetProperty("service_notice").GetString(), StringComparison.Ordinal);

        var fetched = await client.GetStringAsync($"/open311/v2/requests/{id}.json?api_key={Key}");
        Open311Schemas.AssertValid("requests.json", fetched);
        var request = JsonDocument.Parse(fetched).RootElement[0];
        Assert.Equal(("open", "0101", 33.5812), (request.GetProperty("status").GetString(), request.GetProperty("service_code").GetString(), request.GetProperty("lat").GetDouble()));
        Assert.DoesNotContain("13800138000", fetched, StringComparison.Ordinal);

        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<LinliDb>();
        var row = await db.ServiceRequests.Include(r => r.History).SingleAsync(r => r.TrackingNumber == id);
        Assert.Equal((RequestChannel.Api, RequestStatus.Received, "王小明", true), (row.Channel, row.Status, row.ContactName, row.NotifyOptIn));
        Assert.NotNull(row.PhoneCipher);
        Assert.Equal("138****8000", row.PhoneMasked);
        Assert.StartsWith("Open311", Assert.Single(row.History).ActorName, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Post_PlacesByTheCommunityNamedInTheAddress_AndAnswersInXml(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        using var client = app.Client();

        var response = await client.PostAsync("/open311/v2/requests.xml", Form(
            ("api_key", Key), ("service_code", "0201"), ("description", "电梯困人，已报物业无人处理"), ("address_string", "漯河市源汇区滨西社区5号楼")));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var root = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!;
        Assert.Equal("service_requests", root.Name.LocalName);
        var id = root.Element("request")!.Element("service_request_id")!.Value;

        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<LinliDb>();
        var placeCode = await db.ServiceRequests.Where(r => r.TrackingNumber == id)
            .Join(db.OrgUnits, r => r.PlaceUnitId, o => o.Id, (r, o) => o.Code).SingleAsync();
        Assert.Equal(Open311Data.BinXi, placeCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task BadSubmissions_AreRefused_NamingTheParameter_AndWriteNothing(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var seeded = await Open311Data.RequestsAsync(app);
        var readOnly = await Open311Data.KeyAsync(app, Open311Data.Street, canSubmit: false);
        var streetWriter = await Open311Data.KeyAsync(app, Open311Data.Street, canSubmit: true);
        using var client = app.Client();
        (string, string)[] good = [("service_code", "0101"), ("description", "路灯不亮好几天了"), ("attribute[place_code]", Open311Data.BinXi)];

        Assert.Equal((403, "api_key 缺失、无效或已停用"), await PostAsync(client, "", [("api_key", "bad"), .. good]));
        Assert.Equal((403, "该 api_key 只能查询，不能提交诉求"), await PostAsync(client, "", [("api_key", readOnly), .. good]));
        Assert.Equal((400, "缺少 service_code（服务代码）"), await PostAsync(client, "", [("api_key", Key), ("description", "路灯不亮好几天了")]));
        Assert.Equal((400, "service_code “9999” does not exist (see services.json)"), await PostAsync(client, "?culture=en", [("api_key", Key), ("service_code", "9999"), ("description", "路灯不亮好几天了")]));
        Assert.Equal((400, "service_code：“市容环境”下还有小类，请选择具体小类"), await PostAsync(client, "", [("api_key", Key), ("service_code", "01"), ("description", "路灯不亮好几天了"), ("attribute[place_code]", Open311Data.BinXi)]));
        var (status, description) = await PostAsync(client, "", [("api_key", Key), ("service_code", "0101"), ("attribute[place_code]", Open311Data.BinXi)]);
        Assert.Equal(400, status);
        Assert.StartsWith("description：请描述诉求内容", description, StringComparison.Ordinal);
        (status, description) = await PostAsync(client, "?culture=en", [("api_key", Key), ("service_code", "0101"), ("attribute[place_code]", Open311Data.BinXi)]);
        Assert.StartsWith("description: Describe the request", description, StringComparison.Ordinal);
        (status, description) = await PostAsync(client, "", [("api_key", Key), ("service_code", "0101"), ("description", "路灯不亮好几天了"), ("lat", "33.5"), ("long", "114")]);
        Assert.Equal(400, status);
        Assert.StartsWith("无法确定诉求发生地", description, StringComparison.Ordinal);
        Assert.Equal((400, "lat（纬度）须为数字"), await PostAsync(client, "", [("api_key", Key), .. good, ("lat", "north"), ("long", "114")]));
        Assert.Equal(400, (await PostAsync(client, "", [("api_key", Key), .. good, ("phone", "12345")])).Status);
        // A street's key cannot file a request in another district.
        (status, description) = await PostAsync(client, "", [("api_key", streetWriter), ("service_code", "0101"), ("description", "路灯不亮好几天了"), ("attribute[place_code]", seeded.ElsewhereCode)]);
        Assert.Equal(400, status);
        Assert.StartsWith("attribute[place_code]：", description, StringComparison.Ordinal);

        var json = await client.PostAsync("/open311/v2/requests.json", new StringContent("""{"service_code":"0101"}""", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, json.StatusCode);

        await using var scope = app.Scope();
        Assert.Equal(3, await scope.ServiceProvider.GetRequiredService<LinliDb>().ServiceRequests.CountAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Post_Email_BecomesTheEncryptedContactEmail_AndABadOneIsRefusedNamingEmail(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        using var client = app.Client();
        (string, string)[] good = [("api_key", Key), ("service_code", "0101"), ("description", "滨河路北段路灯全部不亮"), ("attribute[place_code]", Open311Data.BinXi), ("attribute[notify]", "yes")];

        var refused = await client.PostAsync("/open311/v2/requests.json", Form([.. good, ("email", "wang@@example")]));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var error = JsonDocument.Parse(await refused.Content.ReadAsStringAsync()).RootElement[0].GetProperty("description").GetString();
        Assert.StartsWith("email：电子邮箱格式不正确", error, StringComparison.Ordinal);

        var created = await client.PostAsync("/open311/v2/requests.json", Form([.. good, ("email", " Wang.XiaoMing@Example.com ")]));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement[0].GetProperty("service_request_id").GetString();

        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<LinliDb>();
        var row = await db.ServiceRequests.SingleAsync();
        Assert.Equal(id, row.TrackingNumber);
        Assert.NotNull(row.EmailCipher);
        Assert.DoesNotContain("Wang.XiaoMing", System.Text.Encoding.UTF8.GetString(row.EmailCipher), StringComparison.OrdinalIgnoreCase);
        Assert.Equal("Wang.XiaoMing@example.com", scope.ServiceProvider.GetRequiredService<FieldProtector>().Decrypt(row.EmailCipher));
        Assert.NotNull(row.EmailMasked);
        Assert.DoesNotContain("xiaoming", row.EmailMasked, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ControlCharacters_DoNotBreakTheXmlFeed_AndARevokedKeyIsRefusedAtOnce(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var key = await Open311Data.KeyAsync(app, Open311Data.Street, canSubmit: true);
        using var client = app.Client();

        var created = await client.PostAsync("/open311/v2/requests.json", Form(
            ("api_key", key), ("service_code", "0101"), ("description", "路灯\u0001不亮\u0007（粘贴时带了控制字符）"), ("attribute[place_code]", Open311Data.BinXi)));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement[0].GetProperty("service_request_id").GetString();
        var feed = await client.GetAsync($"/open311/v2/requests.xml?api_key={key}");
        Assert.Equal(HttpStatusCode.OK, feed.StatusCode);
        var request = XDocument.Parse(await feed.Content.ReadAsStringAsync()).Root!.Elements("request").Single(r => r.Element("service_request_id")!.Value == id);
        Assert.Equal("路灯不亮（粘贴时带了控制字符）", request.Element("description")!.Value);

        await using (var scope = app.Scope())
        {
            var keys = scope.ServiceProvider.GetRequiredService<Open311Keys>();
            var row = (await keys.ListAsync()).Single(k => k.Owner.EndsWith(Open311Data.Street, StringComparison.Ordinal) && k.CanSubmit);
            Assert.Null(await keys.RevokeAsync(row.Id));
            Assert.Equal(FailureKind.Conflict, (await keys.RevokeAsync(row.Id))!.Kind);
            Assert.Equal(FailureKind.NotFound, (await keys.RevokeAsync(long.MaxValue))!.Kind);
            var db = scope.ServiceProvider.GetRequiredService<LinliDb>();
            Assert.True(await db.AuditEntries.AnyAsync(a => a.EntityType == nameof(Open311ApiKey) && a.EntityId == row.Id.ToString() && a.Action == AuditActions.Update));
        }
        Assert.Equal(403, (await PostAsync(client, "", [("api_key", key), ("service_code", "0101"), ("description", "路灯不亮"), ("attribute[place_code]", Open311Data.BinXi)])).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/open311/v2/requests.xml?api_key={key}")).StatusCode);
    }

    private static async Task<(int Status, string Description)> PostAsync(HttpClient client, string query, (string, string)[] fields)
    {
        var response = await client.PostAsync("/open311/v2/requests.json" + query, Form(fields));
        var error = Assert.Single(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.EnumerateArray().ToList());
        Assert.Equal((int)response.StatusCode, error.GetProperty("code").GetInt32());
        return ((int)response.StatusCode, error.GetProperty("description").GetString()!);
    }
}
