using System.CommandLine;
using System.Diagnostics;
using Linli.Core.Common;
using Linli.Core.Features.Hierarchy;
using Linli.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Linli.Cli;

/// <summary>`linli divisions import [--code PREFIX]`: loads the NBS 2023 divisions of one province, city, county or the country.</summary>
public static class DivisionsCommands
{
    public static Command Create()
    {
        var divisions = new Command("divisions", "行政区划 / administrative divisions");
        var code = new Option<string>("--code")
        {
            Description = "区划代码前缀，如 41（河南省）、4111（漯河市）；省略则导入全国 / code prefix; omit for the whole country",
            DefaultValueFactory = _ => "",
        };
        code.Validators.Add(r =>
        {
            var value = r.GetValueOrDefault<string>() ?? "";
            if (value.Length > 0 && (!value.All(char.IsAsciiDigit) || value.Length is not (2 or 4 or 6 or 9 or 12)))
            {
                r.AddError($"--code 必须是 2、4、6、9 或 12 位数字区划代码，收到 \"{value}\" / --code must be a 2, 4, 6, 9 or 12 digit division code");
            }
        });
        var import = new Command("import", "导入区划 / import divisions") { code };
        import.SetAction(async (result, ct) =>
        {
            using var host = await CliHost.StartAsync(result.GetValue(LinliCli.DataOption));
            await using var scope = host.CliScope("divisions import");
            var paths = scope.ServiceProvider.GetRequiredService<LinliPaths>();
            var prefix = result.GetValue(code) ?? "";
            if (!File.Exists(paths.DivisionFile))
            {
                Console.Error.WriteLine($"找不到区划文件 {paths.DivisionFile}（运行 scripts/divisions/generate.sh 生成）/ division file missing");
                return 1;
            }
            var watch = Stopwatch.StartNew();
            var summary = await scope.ServiceProvider.GetRequiredService<DivisionImporter>()
                .ImportAsync(paths.DivisionFile, prefix, ct: ct);
            if (summary.Read == 0)
            {
                Console.Error.WriteLine($"区划列表中没有代码以 {prefix} 开头的单位 / no division starts with {prefix}");
                return 1;
            }
            Console.WriteLine($"读取 {summary.Read} 个区划，新增 {summary.Inserted} 个，用时 {watch.Elapsed.TotalSeconds:F1} 秒 / read {summary.Read}, inserted {summary.Inserted} in {watch.Elapsed.TotalSeconds:F1} s");
            return 0;
        });
        divisions.Subcommands.Add(import);
        return divisions;
    }
}
