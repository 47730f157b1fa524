using System.CommandLine;
using Linli.Core.Features.Open311;
using Linli.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Linli.Cli;

/// <summary>`linli open311 keys create --owner "区12345平台" --org CODE [--submit]`: prints the new key once.</summary>
public static class Open311Commands
{
    public static Command Create()
    {
        var open311 = new Command("open311", "Open311 接口 / Open311 API");
        var keys = new Command("keys", "API 密钥 / API keys");
        var owner = new Option<string>("--owner") { Description = "持有方（系统与联系人）/ key holder (system and contact)", Required = true };
        var org = new Option<string>("--org") { Description = "密钥可查询、可提交的区域（组织代码）/ org unit code bounding the key", Required = true };
        var submit = new Option<bool>("--submit") { Description = "允许提交诉求（否则只读）/ may submit requests (default: read only)" };
        var create = new Command("create", "签发密钥 / issue a key") { owner, org, submit };
        create.SetAction(async (result, ct) =>
        {
            using var host = await CliHost.StartAsync(result.GetValue(LinliCli.DataOption));
            await using var scope = host.CliScope("open311 keys create");
            var issued = await scope.ServiceProvider.GetRequiredService<Open311Keys>().IssueAsync(
                result.GetValue(owner), result.GetValue(org), result.GetValue(submit), ct: ct);
            if (issued.Failure is { } failure)
            {
                Console.Error.WriteLine($"{failure.Message.Zh} / {failure.Message.En}");
                return 1;
            }
            Console.WriteLine("api_key（只显示这一次，请妥善保存 / shown once, keep it safe）:");
            Console.WriteLine(issued.Value);
            return 0;
        });
        keys.Subcommands.Add(create);
        open311.Subcommands.Add(keys);
        return open311;
    }
}
