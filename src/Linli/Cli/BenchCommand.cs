using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using Linli.Core.Common;
using Linli.Core.Data;
using Linli.Core.Features.Bench;
using Linli.Core.Features.Demo;
using Linli.Core.Features.Hierarchy;
using Linli.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Linli.Cli;

/// <summary>
/// `linli bench SCENARIO... [--pg CONNECTION] [--data DIR] [--province 41] [--residents N] [--clients C --requests N] [--json]`: named end-to-end
/// scenarios on PostgreSQL. Without --pg a private cluster with durable settings is started and
/// removed afterwards. Every figure is printed with the data size it was measured on.
/// </summary>
public static class BenchCommand
{
    private static readonly string[] Scenarios = ["rollup", "search", "import", "requests", "report"];

    public static Command Create()
    {
        var scenarios = new Argument<string[]>("scenario")
        {
            Description = $"场景 / scenarios: {string.Join(", ", Scenarios)}, all",
            Arity = ArgumentArity.OneOrMore,
        };
        scenarios.Validators.Add(r =>
        {
            foreach (var name in r.GetValueOrDefault<string[]>() ?? [])
            {
                if (name != "all" && !Scenarios.Contains(name))
                {
                    r.AddError($"未知场景 \"{name}\"，可选：{string.Join("、", Scenarios)}、all / unknown scenario \"{name}\"");
                }
            }
        });
        var pg = new Option<string?>("--pg") { Description = "PostgreSQL 连接串；省略则启动临时集群 / connection string; omit to start a private cluster" };
        var province = new Option<string>("--province") { Description = "省级代码 / province code", DefaultValueFactory = _ => "41" };
        var repetitions = new Option<int>("--repetitions") { Description = "每项重复次数 / repetitions per figure", DefaultValueFactory = _ => 200 };
        var json = new Option<bool>("--json") { Description = "以 JSON 输出 / print JSON" };
        var residents = new Option<int>("--residents") { Description = "import 场景生成的居民数 / residents the import scenario writes", DefaultValueFactory = _ => 200_000 };
        residents.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 1 or > 5_000_000)
            {
                r.AddError($"--residents 应在1到5,000,000之间，收到{r.GetValueOrDefault<int>()} / --residents must be between 1 and 5,000,000");
            }
        });
        repetitions.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 1)
            {
                r.AddError("--repetitions 至少为1 / --repetitions must be at least 1");
            }
        });
        var clients = new Option<int>("--clients") { Description = "requests 场景的并发客户端数 / concurrent clients of the requests scenario", DefaultValueFactory = _ => 16 };
        clients.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 1 or > 256)
            {
                r.AddError($"--clients 应在1到256之间，收到{r.GetValueOrDefault<int>()} / --clients must be between 1 and 256");
            }
        });
        var warmUp = new Option<int>("--warm-up") { Description = "requests 场景预热的最长秒数（直到 JIT 稳定）/ longest warm-up of the requests scenario, in seconds (until the JIT settles)", DefaultValueFactory = _ => 120 };
        var requests = new Option<int>("--requests") { Description = "requests 场景创建的诉求数 / requests the requests scenario creates", DefaultValueFactory = _ => 5_000 };
        requests.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 1 or > 1_000_000)
            {
                r.AddError($"--requests 应在1到1,000,000之间，收到{r.GetValueOrDefault<int>()} / --requests must be between 1 and 1,000,000");
            }
        });
        var bench = new Command("bench", "性能基准 / benchmarks") { scenarios, pg, province, repetitions, json, residents, clients, requests, warmUp };
        bench.SetAction(async (result, ct) =>
        {
            var chosen = result.GetValue(scenarios)!.Contains("all") ? Scenarios : result.GetValue(scenarios)!.Distinct().ToArray();
            var code = result.GetValue(province)!;
            await using var cluster = result.GetValue(pg) is null ? await PrivateCluster.StartAsync("linli_bench", ct) : null;
            var settings = new Dictionary<string, string?>
            {
                ["Database:Provider"] = "Postgres",
                ["Database:ConnectionString"] = cluster?.ConnectionString ?? result.GetValue(pg),
            };
            // The search scenario decrypts sample numbers and hashes them again: against a seeded
            // database, pass the --data folder the seed ran with (it holds the field keys).
            var given = result.GetValue(LinliCli.DataOption);
            var data = given ?? Directory.CreateTempSubdirectory("linli-bench-data-").FullName;
            try
            {
                using var host = await CliHost.StartAsync(data, settings: settings);
                await using var scope = host.CliScope("bench");
                var services = scope.ServiceProvider;
                if (chosen.Contains("report"))
                {
                    // Before the province's divisions go in: the demo city seeds only into an empty database.
                    await services.GetRequiredService<DemoSeeder>().SeedIfEmptyAsync(ct);
                }
                await EnsureDivisionsAsync(services, code, ct);

                var figures = new List<BenchFigure>();
                foreach (var scenario in chosen)
                {
                    figures.AddRange(scenario switch
                    {
                        "rollup" => await ActivatorUtilities.CreateInstance<RollupBench>(services).RunAsync(code, result.GetValue(repetitions), ct),
                        "search" => await ActivatorUtilities.CreateInstance<SearchBench>(services).RunAsync(code, result.GetValue(repetitions), ct),
                        "import" => await ActivatorUtilities.CreateInstance<ImportBench>(services).RunAsync(code, result.GetValue(residents), ct),
                        "report" => await ActivatorUtilities.CreateInstance<ReportBench>(services).RunAsync(code, result.GetValue(repetitions), ct),
                        "requests" => await ActivatorUtilities.CreateInstance<RequestsBench>(services, settings).RunAsync(code, result.GetValue(clients), result.GetValue(requests), TimeSpan.FromSeconds(result.GetValue(warmUp)), ct),
                        _ => throw new UnreachableException(scenario),
                    });
                }
                Print(figures, result.GetValue(json));
                return 0;
            }
            finally
            {
                if (given is null)
                {
                    Directory.Delete(data, recursive: true);
                }
            }
        });
        return bench;
    }

    private static async Task EnsureDivisionsAsync(IServiceProvider services, string code, CancellationToken ct)
    {
        var db = services.GetRequiredService<LinliDb>();
        if (!await db.OrgUnits.AnyAsync(u => u.Code == code, ct))
        {
            var paths = services.GetRequiredService<LinliPaths>();
            await services.GetRequiredService<DivisionImporter>().ImportAsync(paths.DivisionFile, code, ct: ct);
        }
    }

    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static void Print(IReadOnlyList<BenchFigure> figures, bool json)
    {
        if (json)
        {
            Console.WriteLine(JsonSerializer.Serialize(figures.Select(f => new { scenario = f.Scenario, name = f.Name, value = Math.Round(f.Value, 3), unit = f.Unit, data = f.DataSize }),
                JsonOptions));
            return;
        }
        var table = new Table().AddColumns("scenario", "figure", "value", "unit", "data");
        foreach (var f in figures)
        {
            table.AddRow(f.Scenario, Markup.Escape(f.Name), f.Value.ToString(f.Value >= 100 ? "N0" : "N2", System.Globalization.CultureInfo.InvariantCulture), f.Unit, Markup.Escape(f.DataSize));
        }
        if (Console.IsOutputRedirected)
        {
            AnsiConsole.Profile.Width = 200; // a log file or CI output: do not wrap rows at 80 columns
        }
        AnsiConsole.Write(table);
    }
}
