using System.CommandLine;

namespace Linli.Cli;

/// <summary>`linli demo seed`: generated demo data (演示数据) over real divisions.</summary>
public static class DemoCommands
{
    public static Command Create()
    {
        var demo = new Command("demo", "演示数据 / demo data");
        return demo;
    }
}
