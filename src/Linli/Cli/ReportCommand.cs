using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Linli.Core.Features.Accounts;
using Linli.Core.Features.Hierarchy;
using Linli.Core.Features.Reports.Rendering;
using Linli.Core.Features.Reports.Survey;
using Linli.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Linli.Cli;

/// <summary>
/// `linli report --unit CODE --year YYYY --out FILE` writes the survey report as .docx, .xlsx or .html by the file's
/// extension; `--format json` prints its figures (keys in docs/reports.md). The CLI acts for the whole system, like
/// the other operator verbs; the API scopes the same report to the caller's area.
/// </summary>
public static class ReportCommand
{
    public static Command Create()
    {
        var unit = new Option<string>("--unit") { Description = "单位代码（社区或以上）/ unit code (community or above)", Required = true };
        var year = new Option<string>("--year") { Description = "年份，如 2025 / year", Required = true };
        var output = new Option<FileInfo?>("--out") { Description = "输出文件 .docx、.xlsx 或 .html / output file" };
        var format = new Option<string?>("--format") { Description = "json = 把指标输出到标准输出；也可写 docx、xlsx、html / json prints the figures to stdout" };
        var bands = new Option<string?>("--population-bands") { Description = "人口分档上限，如 10000,20000,30000 / population band bounds" };
        var areaBands = new Option<string?>("--area-bands") { Description = "用房面积分档上限（平方米），如 300,600,1000 / facility area band bounds" };
        var command = new Command("report", "基本情况报告 / survey report") { unit, year, output, format, bands, areaBands };
        command.SetAction(async (result, ct) =>
        {
            var (fail, request, asJson, target) = Parse(result.GetValue(unit)!, result.GetValue(year)!, result.GetValue(output), result.GetValue(format), result.GetValue(bands), result.GetValue(areaBands));
            if (fail is not null)
            {
                Console.Error.WriteLine(fail);
                return 2;
            }
            var total = Stopwatch.StartNew();
            using var host = await CliHost.StartAsync(result.GetValue(LinliCli.DataOption));
            var watch = Stopwatch.StartNew(); // the report itself, without starting the process and opening the database
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime; // steadier than wall time on a shared, loaded machine
            await using var scope = host.CliScope("report");
            var services = scope.ServiceProvider;
            var system = new Caller("", "cli", Role.CivilAffairs, 0, new OrgPath(""));
            var figures = await services.GetRequiredService<SurveyQuery>().HandleAsync(system, request!, ct);
            if (figures.Failure is { } failure)
            {
                var argument = failure.Field is { } field ? $"--{field}：" : "--unit：";
                Console.Error.WriteLine($"{argument}{failure.Message.Zh} / {failure.Message.En}");
                return 1;
            }
            if (asJson && target is null)
            {
                Console.Out.WriteLine(SurveyJson.Build(figures.Value!).ToJsonString(SurveyJson.Options));
            }
            else
            {
                var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
                await using var file = target!.Create();
                if (asJson)
                {
                    await JsonSerializer.SerializeAsync(file, SurveyJson.Build(figures.Value!), SurveyJson.Options, ct);
                }
                else
                {
                    ReportRenderer.Write(SurveyDocument.Build(figures.Value!, now), ReportFormats.Parse(target.Extension)!.Value, file);
                }
                Console.Error.WriteLine($"已写入 {target.FullName} / written");
            }
            var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"报告生成用时 {watch.Elapsed.TotalSeconds:0.00} 秒（CPU {cpu:0.00} 秒；含启动 {total.Elapsed.TotalSeconds:0.00} 秒）/ report generated in {watch.Elapsed.TotalSeconds:0.00} s (CPU {cpu:0.00} s; {total.Elapsed.TotalSeconds:0.00} s with start-up)"));
            return 0;
        });
        return command;
    }

    /// <summary>Checks the arguments before opening the database; a message names the argument at fault.</summary>
    private static (string? Fail, SurveyRequest? Request, bool Json, FileInfo? Target) Parse(string unit, string yearText, FileInfo? output, string? format, string? bandsText, string? areaText)
    {
        if (!int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            return ($"--year：“{yearText}”不是年份，请写四位数字，如 2025 / not a year", null, false, null);
        }
        int[]? bands = null;
        if (bandsText is not null && (bands = SurveyOptions.ParseBands(bandsText)) is null)
        {
            return ($"--population-bands：“{bandsText}”应为逐个增大的正整数，用逗号分隔，如 10000,20000,30000 / rising whole numbers separated by commas", null, false, null);
        }
        int[]? area = null;
        if (areaText is not null && (area = SurveyOptions.ParseBands(areaText)) is null)
        {
            return ($"--area-bands：“{areaText}”应为逐个增大的正整数，用逗号分隔，如 300,600,1000 / rising whole numbers separated by commas", null, false, null);
        }
        var json = string.Equals(format?.Trim(), "json", StringComparison.OrdinalIgnoreCase);
        if (format is not null && !json && ReportFormats.Parse(format) is null)
        {
            return ($"--format：不支持“{format}”，请用 json、docx、xlsx 或 html / unknown format", null, false, null);
        }
        if (output is not null && !(json && output.Extension.Equals(".json", StringComparison.OrdinalIgnoreCase)))
        {
            var byExtension = ReportFormats.Parse(output.Extension);
            if (byExtension is null)
            {
                return ($"--out：不支持的文件类型“{output.Extension}”，请用 .docx、.xlsx 或 .html / unsupported file type", null, false, null);
            }
            if (format is not null && (json || ReportFormats.Parse(format) != byExtension))
            {
                return ($"--format：{format} 与 --out 的扩展名 {output.Extension} 不一致 / does not match the file extension", null, false, null);
            }
        }
        if (output is null && !json)
        {
            return ("--out：请给出输出文件（.docx、.xlsx、.html），或用 --format json 输出指标 / give an output file or --format json", null, false, null);
        }
        return (null, new SurveyRequest(unit.Trim(), year, bands, area), json, output);
    }
}
