using Linli.Core.Common;
using Microsoft.Extensions.Configuration;

namespace Linli.Hosting;

/// <summary>
/// Configuration shared by the web host and the CLI: appsettings.json beside the program, a
/// linli.json in the data folder, LINLI_ environment variables (LINLI_Database__Provider ...).
/// </summary>
public static class LinliSettings
{
    public static LinliPaths Paths(string? dataOption)
    {
        var data = dataOption
            ?? Environment.GetEnvironmentVariable("LINLI_DATA_DIR")
            ?? Path.Combine(Directory.GetCurrentDirectory(), "data");
        return new LinliPaths(Path.GetFullPath(data), LinliPaths.FindHome());
    }

    public static void AddSources(IConfigurationBuilder config, LinliPaths paths)
    {
        config.AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true);
        config.AddJsonFile(Path.Combine(paths.DataDirectory, "linli.json"), optional: true);
        config.AddEnvironmentVariables("LINLI_");
    }
}
