namespace Linli.Core.Common;

/// <summary>Where Linli keeps its files: the data folder (database, keys) and the shipped data (division list).</summary>
public sealed record LinliPaths(string DataDirectory, string HomeDirectory)
{
    public string DivisionFile => Path.Combine(HomeDirectory, "data", "divisions", "divisions.tsv.gz");

    /// <summary>
    /// The repository root holds data/divisions; the `linli` script passes it as LINLI_HOME.
    /// Without it, walk up from the working directory and then from the program's folder.
    /// </summary>
    public static string FindHome()
    {
        var fromEnv = Environment.GetEnvironmentVariable("LINLI_HOME");
        if (!string.IsNullOrEmpty(fromEnv))
        {
            return fromEnv;
        }
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "data", "divisions", "divisions.tsv.gz")))
                {
                    return dir.FullName;
                }
            }
        }
        return Directory.GetCurrentDirectory();
    }
}
