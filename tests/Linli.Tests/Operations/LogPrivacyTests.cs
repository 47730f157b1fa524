using Linli.Tests.Infrastructure;

namespace Linli.Tests.Operations;

/// <summary>
/// A phone number in a query string reaches no log line, even when the operator turns logging up to
/// Debug — for all categories, for the framework's own, or for one provider: the framework categories
/// that write full URLs stay floored at Warning.
/// </summary>
public class LogPrivacyTests
{
    private const string Phone = "13812345678";

    public static TheoryData<string, string> Configurations => new()
    {
        { "Logging:LogLevel:Default", "Debug" },
        { "Logging:LogLevel:Microsoft.AspNetCore.Hosting.Diagnostics", "Information" },
        { "Logging:LogLevel:Microsoft.AspNetCore.Routing", "Debug" },
        { "Logging:Linli.Tests.Infrastructure.LogCapture:LogLevel:Default", "Trace" },
    };

    [Theory]
    [MemberData(nameof(Configurations))]
    public async Task QueryStringWithPhone_ReachesNoLogLine_EvenWithVerboseLogging(string key, string level)
    {
        await using var app = await TestApp.StartAsync(settings: new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Debug", [key] = level });
        using var worker = await app.ApiClientAsync("shequ");
        using var anonymous = app.Client();

        await worker.GetAsync($"/api/v1/requests?phone={Phone}");
        await worker.GetAsync($"/api/v1/residents?q={Phone}&page=x{Phone}");
        await anonymous.GetAsync($"/services/track?phone={Phone}");
        await anonymous.GetAsync($"/no-such-page?phone={Phone}");

        Assert.Contains(app.Logs.Lines, l => l.Contains("Linli.Requests", StringComparison.Ordinal));
        Assert.DoesNotContain(app.Logs.Lines, l => l.Contains(Phone, StringComparison.Ordinal));
    }
}
