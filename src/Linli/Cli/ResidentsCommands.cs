using System.CommandLine;
using System.Diagnostics;
using Linli.Core.Data;
using Linli.Core.Features.Accounts;
using Linli.Core.Features.Hierarchy;
using Linli.Core.Features.Import;
using Linli.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Linli.Cli;

/// <summary>`linli residents import|export|sample`: the same import and export as the web pages, from a terminal.</summary>
public static class ResidentsCommands
{
    public static Command Create()
    {
        var residents = new Command("residents", "居民 / residents");
        residents.Subcommands.Add(ImportCommand());
        residents.Subcommands.Add(ExportCommand());
        residents.Subcommands.Add(SampleCommand());
        return residents;
    }

    private static Command ImportCommand()
    {
        var file = new Argument<FileInfo>("FILE") { Description = ".xlsx 或 .csv 文件 / .xlsx or .csv file" };
        var mode = new Option<string>("--mode") { Description = "all = 有错误则全部不导入（默认）; valid = 只导入正确的行 / all or nothing, or valid rows only", DefaultValueFactory = _ => "all" };
        mode.AcceptOnlyFromAmong("all", "valid");
        var asOption = new Option<string?>("--as") { Description = "以该登录名或组织代码的权限导入；省略则不限范围 / act as this user name or org code; omit for no limit" };
        var report = new Option<FileInfo?>("--report") { Description = "错误报告 .xlsx 路径（默认 FILE.errors.xlsx）/ error report path" };
        var import = new Command("import", "导入居民 / import residents") { file, mode, asOption, report };
        import.SetAction(async (result, ct) =>
        {
            var input = result.GetValue(file)!;
            if (!input.Exists)
            {
                Console.Error.WriteLine($"找不到文件 {input.FullName} / file not found");
                return 1;
            }
            using var host = await CliHost.StartAsync(result.GetValue(LinliCli.DataOption));
            await using var scope = host.CliScope("residents import");
            var services = scope.ServiceProvider;
            var caller = await CallerAsync(services.GetRequiredService<LinliDb>(), result.GetValue(asOption), ct);
            if (caller is null)
            {
                Console.Error.WriteLine($"--as \"{result.GetValue(asOption)}\" 既不是登录名也不是组织代码 / neither a user name nor an org code");
                return 1;
            }
            var watch = Stopwatch.StartNew();
            ImportJob job;
            await using (var stream = input.OpenRead())
            {
                var started = await services.GetRequiredService<StartImportJob>().HandleAsync(caller, stream, input.Name, input.Length,
                    result.GetValue(mode) == "valid" ? ImportMode.ValidRowsOnly : ImportMode.AllOrNothing, ct);
                if (started.Failure is { } failure)
                {
                    Console.Error.WriteLine($"{failure.Message.Zh} / {failure.Message.En}");
                    return 1;
                }
                job = started.Value!;
            }
            await AnsiConsole.Progress().Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                .StartAsync(async progress =>
                {
                    var task = progress.AddTask($"导入 {input.Name}", maxValue: 100);
                    job = await services.GetRequiredService<RunImportJob>().HandleAsync(job.Id, p => task.Value = p, ct);
                    task.Value = 100;
                });
            var seconds = watch.Elapsed.TotalSeconds;
            Console.WriteLine($"任务 #{job.Id}: {job.Total} 行，新增 {job.Inserted}，更新 {job.Updated}，未变 {job.Unchanged}，错误 {job.Errors} 行，用时 {seconds:F1} 秒（{job.Total / Math.Max(seconds, 0.001):N0} 行/秒）");
            Console.WriteLine($"job #{job.Id}: {job.Total} rows, {job.Inserted} inserted, {job.Updated} updated, {job.Unchanged} unchanged, {job.Errors} rows with errors, {seconds:F1} s");
            if (job.MessageZh is not null)
            {
                Console.Error.WriteLine($"{job.MessageZh} / {job.MessageEn}");
            }
            var errors = await services.GetRequiredService<ImportJobQueries>().ErrorsAsync(job.Id, ImportLimits.MaxStoredIssues, ct);
            if (errors.Count > 0)
            {
                var table = new Table().AddColumns("行 Row", "列 Column", "错误 Error");
                foreach (var e in errors.Take(20))
                {
                    table.AddRow($"第{e.RowNumber}行", Markup.Escape(e.Column), Markup.Escape(e.MessageZh));
                }
                AnsiConsole.Write(table);
                var reportPath = result.GetValue(report)?.FullName ?? input.FullName + ".errors.xlsx";
                await using (var output = File.Create(reportPath))
                {
                    ImportErrorReport.Write(output, errors.Select(e => (e.RowNumber, e.Column, e.MessageZh, e.MessageEn)));
                }
                Console.WriteLine($"错误报告 / error report: {reportPath}");
            }
            return job.Status == ImportJobStatus.Succeeded ? 0 : 1;
        });
        return import;
    }

    /// <summary>A user name acts with that account's role and area; an org code as a civil-affairs officer there; nothing: everywhere.</summary>
    private static async Task<Caller?> CallerAsync(LinliDb db, string? who, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(who))
        {
            return new Caller("", "cli", Role.CivilAffairs, 0, new OrgPath(""));
        }
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.UserName == who, ct);
        var unit = await db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(o => user != null ? o.Id == user.OrgUnitId : o.Code == who, ct);
        if (unit is null)
        {
            return null;
        }
        return user is not null
            ? new Caller(user.Id, user.UserName!, user.Role, unit.Id, unit.OrgPath)
            : new Caller("", $"cli@{unit.Code}", Role.CivilAffairs, unit.Id, unit.OrgPath);
    }

    private static Command ExportCommand()
    {
        var unit = new Option<string>("--unit") { Description = "单位代码（社区、街道、区县……）/ org unit code", Required = true };
        var output = new Option<FileInfo>("--out") { Description = "输出 .xlsx 文件 / output .xlsx file", Required = true };
        var full = new Option<bool>("--full") { Description = "导出完整证件号码和电话（须 --purpose）/ full numbers (needs --purpose)" };
        var purpose = new Option<string?>("--purpose") { Description = "用途，记入审计日志 / purpose, written to the audit log" };
        var export = new Command("export", "导出居民 / export residents") { unit, output, full, purpose };
        export.SetAction(async (result, ct) =>
        {
            using var host = await CliHost.StartAsync(result.GetValue(LinliCli.DataOption));
            await using var scope = host.CliScope("residents export");
            var caller = new Caller("", "cli", Role.CivilAffairs, 0, new OrgPath(""));
            var request = new ResidentExport.Request(result.GetValue(unit)!, result.GetValue(full), result.GetValue(purpose));
            var exporter = scope.ServiceProvider.GetRequiredService<ResidentExport>();
            if ((await exporter.CheckAsync(caller, request, ct)).Failure is { } failure)
            {
                Console.Error.WriteLine($"{failure.Message.Zh} / {failure.Message.En}");
                return 1;
            }
            var path = result.GetValue(output)!.FullName;
            await using var file = File.Create(path);
            var written = await exporter.WriteAsync(caller, request, file, ct);
            Console.WriteLine($"已导出 {written.Value} 名居民到 {path} / exported {written.Value} residents");
            return 0;
        });
        return export;
    }

    private static Command SampleCommand()
    {
        var rows = new Option<int>("--rows") { Description = "行数 / number of rows", DefaultValueFactory = _ => 1000 };
        rows.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 1 or > ImportLimits.MaxDataRows)
            {
                r.AddError($"--rows 应在 1 到 {ImportLimits.MaxDataRows} 之间 / --rows must be 1..{ImportLimits.MaxDataRows}");
            }
        });
        var output = new Option<FileInfo>("--out") { Description = "输出文件 .csv 或 .xlsx / output file", Required = true };
        var code = new Option<string>("--code") { Description = "只用代码以此开头的社区 / only communities whose code starts with this", DefaultValueFactory = _ => "" };
        var seed = new Option<int>("--seed") { Description = "随机种子；同一种子生成相同的证件号码 / random seed; the same seed gives the same ID numbers", DefaultValueFactory = _ => 42 };
        var sample = new Command("sample", "生成测试用导入文件 / write a valid sample import file") { rows, output, code, seed };
        sample.SetAction(async (result, ct) =>
        {
            using var host = await CliHost.StartAsync(result.GetValue(LinliCli.DataOption));
            await using var scope = host.CliScope("residents sample");
            var path = result.GetValue(output)!.FullName;
            var written = await scope.ServiceProvider.GetRequiredService<SampleResidentFile>().WriteAsync(path, result.GetValue(rows), result.GetValue(code) ?? "", result.GetValue(seed), ct);
            if (written == 0)
            {
                Console.Error.WriteLine("数据库中没有匹配的社区，请先运行 linli divisions import / no matching community; import divisions first");
                return 1;
            }
            Console.WriteLine($"已生成 {written} 行 / wrote {written} rows: {path}");
            return 0;
        });
        return sample;
    }
}
