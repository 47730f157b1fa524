using System.CommandLine;
using Linli.Core.Features.Facilities;
using Linli.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Linli.Cli;

/// <summary>`linli facilities import FILE`: the facilities template (.xlsx/.csv), all rows or none.</summary>
public static class FacilitiesCommands
{
    public static Command Create()
    {
        var facilities = new Command("facilities", "社区阵地（服务用房）/ community facilities");
        var file = new Argument<FileInfo>("FILE") { Description = "阵地用房文件（.xlsx 或 .csv，模板见 docs/import.md）/ facilities file" };
        var import = new Command("import", "导入阵地用房 / import service rooms") { file };
        import.SetAction(async (result, ct) =>
        {
            var path = result.GetValue(file)!;
            if (!path.Exists)
            {
                Console.Error.WriteLine($"找不到文件 {path.FullName} / file not found");
                return 1;
            }
            using var host = await CliHost.StartAsync(result.GetValue(LinliCli.DataOption));
            await using var scope = host.CliScope("facilities import");
            await using var stream = path.OpenRead();
            var outcome = await scope.ServiceProvider.GetRequiredService<ImportFacilities>().HandleAsync(null, stream, path.Name, ct);
            if (!outcome.Ok)
            {
                Console.Error.WriteLine("导入失败，未写入任何数据 / import failed, nothing was written:");
                foreach (var error in outcome.Errors)
                {
                    Console.Error.WriteLine($"  {error.Zh} / {error.En}");
                }
                return 1;
            }
            Console.WriteLine($"已导入：新增 {outcome.Created} 间，更新 {outcome.Updated} 间 / imported: {outcome.Created} rooms added, {outcome.Updated} updated");
            return 0;
        });
        facilities.Subcommands.Add(import);
        return facilities;
    }
}
