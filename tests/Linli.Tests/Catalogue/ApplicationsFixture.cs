using System.Net.Http.Json;
using System.Text.Json;

namespace Linli.Tests.Catalogue;

/// <summary>Applications made through the HTTP API of a demo TestApp (divisions and accounts, no households).</summary>
public static class ApplicationsFixture
{
    public const string Binxi = "411102001001"; // 滨西社区: shequ works here, jiedao's street is above it
    public const string IdNumber = "11010519491231002X";
    public const string Phone = "13912345678";

    /// <summary>An answer set for 老年人优待证 (LY-001), handled by the applicant's community.</summary>
    public static object SeniorCard(string? idNumber = IdNumber) => new
    {
        item = "LY-001", community = Binxi,
        answers = new Dictionary<string, object?> { ["applicantName"] = "张桂兰", ["idNumber"] = idNumber, ["phone"] = Phone, ["photoReady"] = true },
    };

    public static async Task<JsonElement> CreateAsync(HttpClient client, object body)
    {
        var response = await client.PostAsJsonAsync("/api/v1/applications", body);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static async Task<JsonElement> GetAsync(HttpClient client, long id) =>
        await client.GetFromJsonAsync<JsonElement>($"/api/v1/applications/{id}");

    public static async Task<HttpResponseMessage> TryMoveAsync(HttpClient client, long id, string action, string? note = null) =>
        await client.PostAsJsonAsync($"/api/v1/applications/{id}/transitions", new { action, version = (await GetAsync(client, id)).GetProperty("version").GetInt32(), note });

    public static async Task<JsonElement> MoveAsync(HttpClient client, long id, string action, string? note = null)
    {
        var response = await TryMoveAsync(client, id, action, note);
        Assert.True(response.IsSuccessStatusCode, $"{action}: {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
