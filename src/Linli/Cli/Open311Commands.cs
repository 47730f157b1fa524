using System.CommandLine;
using Linli.Core.Features.Open311;
using Linli.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Linli.Cli;

/// <summary>
/// `linli open311 keys create --owner "区12345平台" --org CODE [--submit]` prints the new key once;
/// `keys list` shows every key (never the key itself); `keys revoke --id N` stops one at once.
/// </summary>
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
        keys.Subcommands.Add(List());
        keys.Subcommands.Add(Revoke());
        open311.Subcommands.Add(keys);
        return open311;
    }

    private static Command List()
    {
        var list = new Command("list", "列出密钥 / list keys");
        list.SetAction(async (result, ct) =>
        {
            using var host = await CliHost.StartAsync(result.GetValue(LinliCli.DataOption));
            await using var scope = host.CliScope("open311 keys list");
            Console.WriteLine("id\t状态/state\t权限/access\t区域/area\t签发/issued (UTC)\t持有方/owner");
            foreach (var k in await scope.ServiceProvider.GetRequiredService<Open311Keys>().ListAsync(ct))
            {
                Console.WriteLine($"{k.Id}\t{(k.Active ? "有效/active" : "已停用/revoked")}\t{(k.CanSubmit ? "提交/submit" : "只读/read")}\t{k.Path}\t{k.CreatedAt:yyyy-MM-dd HH:mm}\t{k.Owner}{(k.IsDemo ? "（演示）" : "")}");
            }
            return 0;
        });
        return list;
    }

    private static Command Revoke()
    {
        var id = new Option<long>("--id") { Description = "密钥编号（见 keys list）/ key id (see keys list)", Required = true };
        var revoke = new Command("revoke", "停用密钥 / revoke a key") { id };
        revoke.SetAction(async (result, ct) =>
        {
            using var host = await CliHost.StartAsync(result.GetValue(LinliCli.DataOption));
            await using var scope = host.CliScope("open311 keys revoke");
            if (await scope.ServiceProvider.GetRequiredService<Open311Keys>().RevokeAsync(result.GetValue(id), ct) is { } failure)
            {
                Console.Error.WriteLine($"{failure.Message.Zh} / {failure.Message.En}");
                return 1;
            }
            Console.WriteLine("已停用 / revoked");
            return 0;
        });
        return revoke;
    }
}
