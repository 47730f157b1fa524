using System.Net.Http.Json;
using System.Text.Json;
using Linli.Core.Features.Accounts;
using Linli.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Linli.Tests.Requests;

/// <summary>Requests made through the HTTP API of a demo <see cref="TestApp"/> (divisions and accounts, no households).</summary>
public static class RequestsFixture
{
    public const string Binxi = "411102001001";      // 滨西社区, the demo community of shequ and wangge
    public const string LaojieStreet = "411102001";  // 老街街道, jiedao
    public const string OtherDistrict = "411103";    // 郾城区

    /// <summary>"yancheng", a street-office account in another district.</summary>
    public static async Task CreateOtherDistrictAccountAsync(TestApp app)
    {
        await using var scope = app.Scope();
        var created = await scope.ServiceProvider.GetRequiredService<CreateAccount>()
            .HandleAsync(new CreateAccount.Command("yancheng", "郾城区民政（测试）", "Other2026", Role.CivilAffairs, OtherDistrict));
        Assert.True(created.Ok, created.Failure?.Message.Zh);
    }

    public static async Task<JsonElement> CreateAsync(HttpClient client, object body)
    {
        var response = await client.PostAsJsonAsync("/api/v1/requests", body);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static async Task<JsonElement> GetAsync(HttpClient client, long id) =>
        await client.GetFromJsonAsync<JsonElement>($"/api/v1/requests/{id}");

    public static async Task<JsonElement> MoveAsync(HttpClient client, long id, string action, string? note = null, string? toUnit = null)
    {
        var version = (await GetAsync(client, id)).GetProperty("version").GetInt32();
        var response = await client.PostAsJsonAsync($"/api/v1/requests/{id}/transitions", new { action, version, note, toUnit });
        Assert.True(response.IsSuccessStatusCode, $"{action}: {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
