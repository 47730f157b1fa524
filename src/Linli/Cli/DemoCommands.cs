using System.CommandLine;
using System.Diagnostics;
using Linli.Core.Features.Demo;
using Linli.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Linli.Cli;

/// <summary>`linli demo seed [--households-per-community N] [--seed S]`: generated demo data (演示数据) over real divisions.</summary>
public static class DemoCommands
{
    public static Command Create()
    {
        var demo = new Command("demo", "演示数据 / demo data");
        var households = new Option<int?>("--households-per-community")
        {
            Description = $"每个社区（村）生成的户数，默认取配置 Demo:HouseholdsPerCommunity（{DemoOptions.DefaultHouseholdsPerCommunity}）/ households per committee",
        };
        var seed = new Option<int?>("--seed")
        {
            Description = $"随机种子，同一种子生成同样的人 / random seed (default Demo:Seed, {DemoOptions.DefaultSeed})",
        };
        var seedCommand = new Command("seed", $"加载演示城市{DemoCity.Name}及生成的住户和居民（数据库中不能已有居民）/ load the demo city with generated households and residents") { households, seed };
        seedCommand.SetAction(async (result, ct) =>
        {
            using var host = await CliHost.StartAsync(result.GetValue(LinliCli.DataOption));
            await using var scope = host.CliScope("demo seed");
            var configured = scope.ServiceProvider.GetRequiredService<DemoOptions>();
            var options = new DemoOptions(
                result.GetValue(households) ?? configured.HouseholdsPerCommunity,
                result.GetValue(seed) ?? configured.Seed);
            var watch = Stopwatch.StartNew();
            var seeded = await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(options, ct);
            if (seeded.Failure is { } failure)
            {
                Console.Error.WriteLine($"{failure.Message.Zh} / {failure.Message.En}");
                return 1;
            }
            var s = seeded.Value!;
            var p = s.Population;
            Console.WriteLine($"已加载演示数据（{DemoCity.Name}，种子 {options.Seed}）：区划 {s.Divisions} 个，账号 {s.Accounts} 个，"
                + $"社区/村 {p.Committees} 个，网格 {p.Grids} 个，小区 {p.Estates} 个，楼栋 {p.Buildings} 栋，住户 {p.Households} 户，居民 {p.Residents} 人，"
                + $"人群标签 {p.Tags} 条，用时 {watch.Elapsed.TotalSeconds:F1} 秒");
            Console.WriteLine($"Demo data loaded: {p.Households} households, {p.Residents} residents in {p.Committees} committees, {watch.Elapsed.TotalSeconds:F1} s");
            return 0;
        });
        demo.Subcommands.Add(seedCommand);
        return demo;
    }
}
