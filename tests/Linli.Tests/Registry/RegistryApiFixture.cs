using System.Net.Http.Json;
using System.Text.Json;
using Linli.Core.Features.Accounts;
using Linli.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Linli.Tests.Registry;

/// <summary>Registry data made through the HTTP API of a running <see cref="TestApp"/>.</summary>
public static class RegistryApiFixture
{
    /// <summary>Creates the account "shequb", a community worker of community B (the demo has only community A's).</summary>
    public static async Task CreateWorkerBAsync(TestApp app)
    {
        await using var scope = app.Scope();
        var created = await scope.ServiceProvider.GetRequiredService<CreateAccount>()
            .HandleAsync(new CreateAccount.Command("shequb", "新华社区工作者", "Demo2026", Role.CommunityWorker, RegistryFixture.CommunityB));
        Assert.True(created.Ok, created.Failure?.Message.Zh);
    }

    public static async Task<long> HouseholdAsync(HttpClient client, string room)
    {
        var response = await client.PostAsJsonAsync("/api/v1/households", new { grid = "第一网格", estate = "幸福小区", building = "2号楼", entrance = "1单元", room });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
    }

    public static async Task<long> MemberAsync(HttpClient client, long household, string name, string idNumber, string? phone = null)
    {
        var response = await client.PostAsJsonAsync($"/api/v1/households/{household}/members",
            new { name, documentNumber = idNumber, phone, relationToHead = "户主", residenceType = "常住人口", tags = new[] { new { tag = "低保" } } });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
    }

    public static async Task<int> SearchCountAsync(HttpClient client, object body)
    {
        var response = await client.PostAsJsonAsync("/api/v1/residents/search", body);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("total").GetInt32();
    }
}
