using System.Net;
using System.Text;
using System.Text.Json;
using Linli.Core.Features.Demo;
using Linli.Tests.Hierarchy;
using Linli.Tests.Infrastructure;

namespace Linli.Tests.Api;

/// <summary>
/// A JSON endpoint sent text or a form answers 415 with a problem saying the body must be JSON,
/// in Chinese unless the caller chose English — not an empty 415 or the framework's English title.
/// </summary>
public class UnsupportedContentTypeTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task TextOrFormBody_OnJsonEndpoints_Answers415ProblemSayingJson(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var binxi = await HierarchyData.UnitIdAsync(app, DemoCity.SampleCommunityCode);
        using var worker = await app.ApiClientAsync("shequ");

        foreach (var (url, content) in new (string, HttpContent)[]
        {
            ("/api/v1/requests", new StringContent("{\"title\":\"路灯不亮\"}", Encoding.UTF8, "text/plain")),
            ("/api/v1/households", new FormUrlEncodedContent([new("address", "3号楼301")])),
            ($"/api/v1/org-units/{binxi}/grids", new StringContent("name=东网格", Encoding.UTF8, "text/plain")),
            // Binds a plain record, so binding (not routing) rejects it.
            ("/api/v1/auth/token", new StringContent("userName=shequ", Encoding.UTF8, "text/plain")),
        })
        {
            var response = await worker.PostAsync(url, content);
            Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            Assert.Contains("JSON", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
            Assert.Contains("请求体须为 JSON", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
            Assert.Contains("application/json", problem.GetProperty("message_en").GetString(), StringComparison.Ordinal);
        }

        var english = await worker.PostAsync("/api/v1/requests?culture=en", new StringContent("路灯不亮", Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, english.StatusCode);
        var detail = JsonDocument.Parse(await english.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString();
        Assert.StartsWith("The request body must be JSON", detail, StringComparison.Ordinal);
    }
}
