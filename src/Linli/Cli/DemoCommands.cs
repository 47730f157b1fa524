using System.CommandLine;
using System.Diagnostics;
using Linli.Core.Features.Demo;
using Linli.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Linli.Cli;

/// <summary>
/// `linli demo seed [--households-per-community N] [--seed S]`: the demo city with generated data (演示数据).
/// `linli demo seed --province CODE --residents N [--seed S]`: N generated residents over the real
/// committees under any division code, for scale tests and benchmarks.
/// </summary>
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
        var province = new Option<string?>("--province")
        {
            Description = "区划代码前缀（如 41 或 4111）：在其下的真实社区（村）中生成 --residents 个居民 / division code prefix to seed --residents residents under",
        };
        var residents = new Option<long?>("--residents") { Description = "与 --province 一起使用：生成的居民总数 / with --province: number of residents" };
        var seedCommand = new Command("seed", $"加载演示城市{DemoCity.Name}及生成的住户和居民（数据库中不能已有居民）/ load the demo city with generated households and residents")
        {
            households, seed, province, residents,
        };
        seedCommand.Validators.Add(r =>
        {
            var hasProvince = r.GetResult(province) is not null;
            if (hasProvince != (r.GetResult(residents) is not null))
            {
                r.AddError("--province 与 --residents 须同时给出 / --province and --residents go together");
            }
            else if (hasProvince && r.GetResult(households) is not null)
            {
                r.AddError("--households-per-community 只用于演示城市，不能与 --province 同用 / --households-per-community is for the demo city, not with --province");
            }
        });
        seedCommand.SetAction(async (result, ct) =>
        {
            using var host = await CliHost.StartAsync(result.GetValue(LinliCli.DataOption));
            await using var scope = host.CliScope("demo seed");
            if (result.GetValue(province) is { } code)
            {
                return await SeedProvinceAsync(scope.ServiceProvider, code, result.GetValue(residents)!.Value,
                    result.GetValue(seed) ?? scope.ServiceProvider.GetRequiredService<DemoOptions>().Seed, ct);
            }
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

    private static async Task<int> SeedProvinceAsync(IServiceProvider services, string code, long residents, int seed, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        var progress = new SyncProgress(done => Console.WriteLine(
            $"已写入 {done:N0} 人 / written {done:N0} residents, {watch.Elapsed.TotalSeconds:F0} s, {done / watch.Elapsed.TotalSeconds:N0}/s, "
            + $"peak RSS {PeakRss.Megabytes():N0} MB"));
        var seeded = await services.GetRequiredService<DemoSeeder>().SeedProvinceAsync(code, residents, seed, progress, ct);
        if (seeded.Failure is { } failure)
        {
            Console.Error.WriteLine($"{failure.Message.Zh} / {failure.Message.En}");
            return 1;
        }
        var p = seeded.Value!.Population;
        var seconds = watch.Elapsed.TotalSeconds;
        Console.WriteLine($"已生成 {code} 下的演示居民（种子 {seed}）：社区/村 {p.Committees} 个，住户 {p.Households} 户，居民 {p.Residents} 人，人群标签 {p.Tags} 条，"
            + $"用时 {seconds:F1} 秒（每秒 {p.Residents / seconds:N0} 人），峰值内存 {PeakRss.Megabytes():N0} MB");
        Console.WriteLine($"Seeded {p.Residents} residents in {p.Households} households over {p.Committees} committees under {code}: "
            + $"{seconds:F1} s, {p.Residents / seconds:N0} residents/s, peak RSS {PeakRss.Megabytes():N0} MB");
        return 0;
    }

    /// <summary>Reports on the caller's thread (Progress&lt;T&gt; would post to the thread pool and print out of order).</summary>
    private sealed class SyncProgress(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}
