using System.CommandLine;
using Linli.Core.Features.Workers;
using Linli.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Linli.Cli;

/// <summary>`linli workers import FILE`: the worker roster template (.xlsx/.csv), all rows or none.</summary>
public static class WorkersCommands
{
    public static Command Create()
    {
        var workers = new Command("workers", "社区工作者名册 / community-worker roster");
        var file = new Argument<FileInfo>("FILE") { Description = "名册文件（.xlsx 或 .csv，模板见 docs/standards.md）/ roster file" };
        var import = new Command("import", "导入社区工作者名册 / import the worker roster") { file };
        import.SetAction(async (result, ct) =>
        {
            var path = result.GetValue(file)!;
            if (!path.Exists)
            {
                Console.Error.WriteLine($"找不到文件 {path.FullName} / file not found");
                return 1;
            }
            using var host = await CliHost.StartAsync(result.GetValue(LinliCli.DataOption));
            await using var scope = host.CliScope("workers import");
            await using var stream = path.OpenRead();
            var outcome = await scope.ServiceProvider.GetRequiredService<ImportWorkers>().HandleAsync(null, stream, path.Name, ct);
            if (!outcome.Ok)
            {
                Console.Error.WriteLine("导入失败，未写入任何数据 / import failed, nothing was written:");
                foreach (var error in outcome.Errors)
                {
                    Console.Error.WriteLine($"  {error.Zh} / {error.En}");
                }
                return 1;
            }
            Console.WriteLine($"已导入：新增 {outcome.Created} 人，更新 {outcome.Updated} 人 / imported: {outcome.Created} added, {outcome.Updated} updated");
            return 0;
        });
        workers.Subcommands.Add(import);
        return workers;
    }
}
