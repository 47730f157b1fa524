using System.Net.Http.Json;
using Linli.Tests.Infrastructure;

namespace Linli.Tests.Registry;

public class PrivacyInLogsTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RegisterSearchDisclose_NoIdOrPhoneNumberInAnyLogLine(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        using var a = await app.ApiClientAsync("shequ");
        var idNumber = RegistryFixture.IdNumber(555, "19661231");
        const string phone = "13855556666";
        var household = await RegistryApiFixture.HouseholdAsync(a, "501");
        var id = await RegistryApiFixture.MemberAsync(a, household, "赵六", idNumber, phone);
        // Also a refused registration and bad input, whose messages must not echo the numbers either.
        await a.PostAsJsonAsync($"/api/v1/households/{household}/members", new { name = "赵六", documentNumber = idNumber, phone });
        await a.PostAsJsonAsync("/api/v1/residents/search", new { phone = phone + "9" });

        Assert.Equal(1, await RegistryApiFixture.SearchCountAsync(a, new { documentNumber = idNumber }));
        Assert.Equal(1, await RegistryApiFixture.SearchCountAsync(a, new { phone }));
        var disclosed = await a.PostAsJsonAsync($"/api/v1/residents/{id}/disclose", new { field = "documentNumber", purpose = "办理证明" });
        Assert.Contains(idNumber, await disclosed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var phoneShown = await a.PostAsJsonAsync($"/api/v1/residents/{id}/disclose", new { field = "phone", purpose = "电话回访" });
        Assert.Contains(phone, await phoneShown.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        Assert.NotEmpty(app.Logs.Lines);
        var leaks = app.Logs.Lines.Where(line => line.Contains(idNumber, StringComparison.Ordinal) || line.Contains(idNumber[..17], StringComparison.Ordinal)
            || line.Contains(phone, StringComparison.Ordinal)).ToList();
        Assert.Empty(leaks);
    }
}
