using System.CommandLine;

namespace Linli.Cli;

/// <summary>
/// One program for the web host and the command-line verbs: `linli serve`, `linli divisions import`, ...
/// Every verb takes --data (or LINLI_DATA_DIR) to say where the database and key files live.
/// </summary>
public static class LinliCli
{
    public static readonly Option<string?> DataOption = new("--data")
    {
        Description = "数据目录（数据库与密钥文件）/ data folder (database and keys); default ./data or LINLI_DATA_DIR",
        Recursive = true,
    };

    public static RootCommand Build()
    {
        var root = new RootCommand("邻里 Linli — 社区治理与服务平台 / community governance and service platform");
        root.Options.Add(DataOption);
        root.Subcommands.Add(ServeCommand.Create());
        root.Subcommands.Add(SchemaCommands.Create());
        root.Subcommands.Add(DivisionsCommands.Create());
        root.Subcommands.Add(DemoCommands.Create());
        root.Subcommands.Add(UsersCommands.Create());
        root.Subcommands.Add(BenchCommand.Create());
        root.Subcommands.Add(WorkersCommands.Create());
        root.Subcommands.Add(FacilitiesCommands.Create());
        foreach (var command in OperationsCommands.Create())
        {
            root.Subcommands.Add(command);
        }
        root.Subcommands.Add(ResidentsCommands.Create());
        root.Subcommands.Add(Open311Commands.Create());
        root.Subcommands.Add(ReportCommand.Create());
        return root;
    }
}
