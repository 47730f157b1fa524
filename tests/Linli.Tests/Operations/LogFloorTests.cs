using Linli.Features.Operations;
using Linli.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace Linli.Tests.Operations;

/// <summary>The floor under the URL-writing framework categories, against the logger factory's own rule selection.</summary>
public class LogFloorTests
{
    private static ILoggerFactory Factory(params (string Key, string Level)[] settings)
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Level))).Build();
        return LoggerFactory.Create(b => b.AddConfiguration(config).AddProvider(new LogCapture()).AddLinliLogFloor());
    }

    [Fact]
    public void VerboseConfiguration_StillKeepsFrameworkCategoriesAtWarning()
    {
        using var factory = Factory(("LogLevel:Default", "Trace"), ("LogLevel:Microsoft.AspNetCore.Hosting.Diagnostics", "Debug"), ("LogLevel:Microsoft.*.Diagnostics", "Trace"),
            ("Linli.Tests.Infrastructure.LogCapture:LogLevel:Default", "Trace"), ("Linli.Tests.Infrastructure.LogCapture:LogLevel:System.Net.Http.HttpClient.Default", "Debug"));

        foreach (var category in new[] { "Microsoft.AspNetCore.Hosting.Diagnostics", "Microsoft.AspNetCore.Routing.EndpointMiddleware", "System.Net.Http.HttpClient.Default.LogicalHandler", "Microsoft.EntityFrameworkCore.Database.Command" })
        {
            var logger = factory.CreateLogger(category);
            Assert.False(logger.IsEnabled(LogLevel.Information), category);
            Assert.True(logger.IsEnabled(LogLevel.Warning), category);
        }
        Assert.True(factory.CreateLogger("Linli.Requests").IsEnabled(LogLevel.Debug));
    }

    [Fact]
    public void QuieterConfiguration_IsKept()
    {
        using var factory = Factory(("Linli.Tests.Infrastructure.LogCapture:LogLevel:Default", "None"));
        Assert.False(factory.CreateLogger("Microsoft.AspNetCore.Hosting.Diagnostics").IsEnabled(LogLevel.Critical));

        using var errorsOnly = Factory(("LogLevel:Microsoft.AspNetCore", "Error"));
        Assert.False(errorsOnly.CreateLogger("Microsoft.AspNetCore.Routing").IsEnabled(LogLevel.Warning));
    }
}
