using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Linli.Tests.Infrastructure;

namespace Linli.Tests.Requests;

/// <summary>Call back, reopen and close are the outcome of a callback record (回访), never moves on their own.</summary>
public class CallbackRequiredTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Transitions_CallBackReopenOrCloseWithoutCallbackRecord_AreRefused_AndTheRatesCountOnlyRecords(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        using var hotline = await app.ApiClientAsync("rexian");
        using var community = await app.ApiClientAsync("shequ");

        async Task<long> ResolvedAsync(string description)
        {
            var id = (await RequestsFixture.CreateAsync(hotline, new { channel = "Hotline", category = "0102", place = RequestsFixture.Binxi, description, phone = "13912345678", route = true }))
                .GetProperty("id").GetInt64();
            await RequestsFixture.MoveAsync(community, id, "accept");
            await RequestsFixture.MoveAsync(community, id, "resolve", note: "已处理");
            return id;
        }
        async Task<JsonElement> RefusedAsync(long id, string action, string named)
        {
            var version = (await RequestsFixture.GetAsync(hotline, id)).GetProperty("version").GetInt32();
            var response = await hotline.PostAsJsonAsync($"/api/v1/requests/{id}/transitions", new { action, version, note = "居民来电" });
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal("action", problem.GetProperty("field").GetString());
            Assert.Contains($"“{named}”", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
            return problem;
        }
        async Task CallbackAsync(long id, object body)
        {
            var version = (await RequestsFixture.GetAsync(hotline, id)).GetProperty("version").GetInt32();
            var json = JsonSerializer.SerializeToElement(body);
            var merged = json.EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value);
            merged["version"] = version;
            var response = await hotline.PostAsJsonAsync($"/api/v1/requests/{id}/callbacks", merged);
            Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        }

        var satisfied = await ResolvedAsync("楼下垃圾三天没人清运");
        Assert.Contains("须通过回访记录", (await RefusedAsync(satisfied, "callback", "回访")).GetProperty("detail").GetString(), StringComparison.Ordinal);
        await RefusedAsync(satisfied, "reopen", "重办");
        Assert.Contains("须先记录回访", (await RefusedAsync(satisfied, "close", "归档")).GetProperty("detail").GetString(), StringComparison.Ordinal);
        var shown = await RequestsFixture.GetAsync(hotline, satisfied);
        Assert.Equal("Resolved", shown.GetProperty("status").GetString());
        Assert.DoesNotContain(shown.GetProperty("allowedActions").EnumerateArray().Select(a => a.GetString()), a => a is "CallBack" or "Reopen" or "Close");

        // Satisfied callback → called back, then it may be closed.
        await CallbackAsync(satisfied, new { reached = true, resolved = true, satisfied = true });
        await RefusedAsync(satisfied, "reopen", "重办");
        Assert.Contains("Close", (await RequestsFixture.GetAsync(hotline, satisfied)).GetProperty("allowedActions").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal("Closed", (await RequestsFixture.MoveAsync(hotline, satisfied, "close")).GetProperty("status").GetString());

        // Not reached → recorded, then it may be closed as unreachable.
        var unreachable = await ResolvedAsync("路灯坏了一周没人修");
        await CallbackAsync(unreachable, new { reached = false });
        Assert.Equal("Closed", (await RequestsFixture.MoveAsync(hotline, unreachable, "close")).GetProperty("status").GetString());

        // The rates count the one reached, satisfied callback; the refused moves left no trace.
        var rates = await hotline.GetFromJsonAsync<JsonElement>($"/api/v1/requests/rates?unit={RequestsFixture.Binxi}");
        var total = rates.GetProperty("total");
        Assert.Equal((1, 1), (total.GetProperty("reached").GetInt32(), total.GetProperty("satisfied").GetInt32()));
        Assert.Equal(2, total.GetProperty("resolved").GetInt32());
    }
}
