using System.Net;
using System.Text;
using System.Text.Json;
using Linli.Core.Features.Demo;
using Linli.Tests.Infrastructure;

namespace Linli.Tests.Hierarchy;

/// <summary>Broken JSON or a wrongly typed field on the org-unit endpoints answers 400 naming the field, like the registry API.</summary>
public class OrgUnitMalformedBodyTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task MalformedOrWronglyTypedBody_Answers400NamingTheField(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var binxi = await HierarchyData.UnitIdAsync(app, DemoCity.SampleCommunityCode);
        using var worker = await app.ApiClientAsync("shequ");

        async Task<JsonElement> ProblemAsync(HttpMethod method, string url, string json)
        {
            var response = await worker.SendAsync(new HttpRequestMessage(method, url) { Content = new StringContent(json, Encoding.UTF8, "application/json") });
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        }

        var wrongType = await ProblemAsync(HttpMethod.Post, $"/api/v1/org-units/{binxi}/grids", """{"name": 5}""");
        Assert.Equal("name", wrongType.GetProperty("field").GetString());
        Assert.Contains("name", wrongType.GetProperty("message_zh").GetString(), StringComparison.Ordinal);

        var estate = await ProblemAsync(HttpMethod.Post, $"/api/v1/org-units/{binxi}/buildings", """{"name": "1号楼", "estateId": "abc"}""");
        Assert.Equal("estateId", estate.GetProperty("field").GetString());

        var broken = await ProblemAsync(HttpMethod.Patch, $"/api/v1/org-units/{binxi}", """{"name": "新名""");
        Assert.Contains("请求内容格式有误", broken.GetProperty("message_zh").GetString(), StringComparison.Ordinal);
        Assert.Contains("malformed", broken.GetProperty("message_en").GetString(), StringComparison.Ordinal);

        var english = await ProblemAsync(HttpMethod.Patch, "/api/v1/estates/1?culture=en", """{"name": ["a"]}""");
        Assert.Equal(("name", true), (english.GetProperty("field").GetString(), english.GetProperty("detail").GetString()!.StartsWith("The request is malformed (name)", StringComparison.Ordinal)));
    }
}
