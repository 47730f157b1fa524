using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using Linli.Core.Features.Open311;
using Linli.Tests.Infrastructure;

namespace Linli.Tests.Open311;

/// <summary>Discovery, services, definitions and GET requests, in JSON (checked against the published schemas) and XML.</summary>
public class Open311ReadTests
{
    private const string Key = Open311Keys.DemoKey;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Services_AreTheLeafCategories_AndEveryDefinition_MatchesTheSchemas(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        using var client = app.Client();

        var json = await client.GetStringAsync("/open311/v2/services.json");
        Open311Schemas.AssertValid("services.json", json);
        var services = JsonDocument.Parse(json).RootElement.EnumerateArray().ToList();
        var codes = services.Select(s => s.GetProperty("service_code").GetString()).ToList();
        Assert.Contains("0101", codes);
        Assert.Contains("03", codes);           // 邻里纠纷 has no children: it is its own leaf
        Assert.DoesNotContain("01", codes);     // 市容环境 is a group, not a service
        var light = services.Single(s => s.GetProperty("service_code").GetString() == "0101");
        Assert.Equal(("路灯不亮", "市容环境"), (light.GetProperty("service_name").GetString(), light.GetProperty("group").GetString()));

        foreach (var code in codes)
        {
            Open311Schemas.AssertValid("service-definition.json", await client.GetStringAsync($"/open311/v2/services/{code}.json"));
        }

        var english = JsonDocument.Parse(await client.GetStringAsync("/open311/v2/services.json?culture=en")).RootElement;
        Assert.Contains(english.EnumerateArray(), s => s.GetProperty("service_name").GetString() == "Street light out");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Requests_MatchTheSchemas_FilterAsTheSpecSays_AndStayInsideTheKeysArea(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var seeded = await Open311Data.RequestsAsync(app);
        using var client = app.Client();

        var all = await client.GetStringAsync($"/open311/v2/requests.json?api_key={Key}");
        Open311Schemas.AssertValid("requests.json", all);
        Assert.Equal([seeded.Elsewhere, seeded.Closed, seeded.Open], Ids(all));

        Assert.Equal([seeded.Closed], Ids(await client.GetStringAsync($"/open311/v2/requests.json?api_key={Key}&status=closed")));
        Assert.Equal([seeded.Elsewhere, seeded.Open], Ids(await client.GetStringAsync($"/open311/v2/requests.json?api_key={Key}&status=open")));
        Assert.Equal([seeded.Closed], Ids(await client.GetStringAsync($"/open311/v2/requests.json?api_key={Key}&service_code=0201")));
        var since = Uri.EscapeDataString(DateTimeOffset.UtcNow.AddHours(-30).ToString("yyyy-MM-ddTHH:mm:sszzz"));
        Assert.Equal([seeded.Elsewhere, seeded.Closed], Ids(await client.GetStringAsync($"/open311/v2/requests.json?api_key={Key}&start_date={since}")));
        Assert.Equal([seeded.Closed, seeded.Open], Ids(await client.GetStringAsync($"/open311/v2/requests.json?api_key={Key}&service_request_id={seeded.Open},{seeded.Closed}")));

        var one = await client.GetStringAsync($"/open311/v2/requests/{seeded.Closed}.json?api_key={Key}");
        Open311Schemas.AssertValid("requests.json", one);
        var closed = JsonDocument.Parse(one).RootElement[0];
        Open311Schemas.AssertValid("request.json", closed.GetRawText());
        Assert.Equal(("closed", "0201", "滨西社区居民委员会"), (closed.GetProperty("status").GetString(), closed.GetProperty("service_code").GetString(), closed.GetProperty("agency_responsible").GetString()));
        Assert.EndsWith("+08:00", closed.GetProperty("requested_datetime").GetString(), StringComparison.Ordinal);

        // A read-only key of 老街街道 sees its own street only: the other district's request is as good as missing.
        var streetKey = await Open311Data.KeyAsync(app, Open311Data.Street, canSubmit: false);
        Assert.Equal([seeded.Closed, seeded.Open], Ids(await client.GetStringAsync($"/open311/v2/requests.json?api_key={streetKey}")));
        var hidden = await client.GetAsync($"/open311/v2/requests/{seeded.Elsewhere}.json?api_key={streetKey}");
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        Assert.DoesNotContain("别区", await hidden.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Xml_IsWellFormed_WithTheElementNamesOfTheSpec(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var seeded = await Open311Data.RequestsAsync(app);
        using var client = app.Client();

        var discovery = await XmlAsync(client, "/open311/v2/discovery.xml");
        Assert.Equal("discovery", discovery.Name.LocalName);
        var endpoint = discovery.Element("endpoints")!.Element("endpoint")!;
        Assert.Equal("http://wiki.open311.org/GeoReport_v2", endpoint.Element("specification")!.Value);
        Assert.Equal(["text/xml", "application/json"], endpoint.Element("formats")!.Elements("format").Select(f => f.Value));

        var services = await XmlAsync(client, "/open311/v2/services.xml");
        Assert.Equal("services", services.Name.LocalName);
        var service = services.Elements("service").First();
        Assert.Equal(["service_code", "service_name", "description", "metadata", "type", "keywords", "group"], service.Elements().Select(e => e.Name.LocalName));

        var definition = await XmlAsync(client, "/open311/v2/services/0101.xml");
        Assert.Equal("service_definition", definition.Name.LocalName);
        var notify = definition.Element("attributes")!.Elements("attribute").Single(a => a.Element("code")!.Value == "notify");
        Assert.Equal(["yes", "no"], notify.Element("values")!.Elements("value").Select(v => v.Element("key")!.Value));

        var requests = await XmlAsync(client, $"/open311/v2/requests.xml?api_key={Key}&service_request_id={seeded.Open}");
        Assert.Equal("service_requests", requests.Name.LocalName);
        var request = requests.Elements("request").Single();
        Assert.Equal((seeded.Open, "open"), (request.Element("service_request_id")!.Value, request.Element("status")!.Value));
        Assert.NotNull(request.Element("long"));

        var error = await client.GetAsync("/open311/v2/requests.xml?api_key=wrong");
        Assert.Equal(HttpStatusCode.Forbidden, error.StatusCode);
        var errors = XDocument.Parse(await error.Content.ReadAsStringAsync()).Root!;
        Assert.Equal(("errors", "403"), (errors.Name.LocalName, errors.Element("error")!.Element("code")!.Value));
        Assert.Contains("api_key", errors.Element("error")!.Element("description")!.Value, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task BadInput_AnswersWithOpen311Errors_InChinese_OrEnglishOnRequest(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        using var client = app.Client();

        var (status, description) = await ErrorAsync(client, "/open311/v2/requests.json");
        Assert.Equal((403, "api_key 缺失、无效或已停用"), (status, description));
        (status, description) = await ErrorAsync(client, "/open311/v2/requests.json?api_key=nope&culture=en");
        Assert.Equal((403, "The api_key is missing, invalid or revoked"), (status, description));

        (status, description) = await ErrorAsync(client, "/open311/v2/services/9999.json");
        Assert.Equal((404, "service_code“9999”不存在"), (status, description));
        (status, description) = await ErrorAsync(client, $"/open311/v2/requests.json?api_key={Key}&start_date=yesterday");
        Assert.Equal(400, status);
        Assert.StartsWith("start_date 须为 W3C 日期时间", description, StringComparison.Ordinal);
        (status, description) = await ErrorAsync(client, $"/open311/v2/requests.json?api_key={Key}&status=pending&culture=en");
        Assert.Equal((400, "status must be open or closed"), (status, description));
        (status, _) = await ErrorAsync(client, "/open311/v2/services.csv");
        Assert.Equal(404, status);
    }

    private static List<string> Ids(string json) =>
        JsonDocument.Parse(json).RootElement.EnumerateArray().Select(r => r.GetProperty("service_request_id").GetString()!).ToList();

    private static async Task<XElement> XmlAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("text/xml", response.Content.Headers.ContentType!.ToString(), StringComparison.Ordinal);
        return XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!;
    }

    /// <summary>The Open311 error list: JSON [{ code, description }], code equal to the HTTP status.</summary>
    private static async Task<(int Status, string Description)> ErrorAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var error = Assert.Single(body.EnumerateArray().ToList());
        Assert.Equal((int)response.StatusCode, error.GetProperty("code").GetInt32());
        return ((int)response.StatusCode, error.GetProperty("description").GetString()!);
    }
}
