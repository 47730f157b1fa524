using System.CommandLine;
using Linli.Core.Features.Accounts;
using Linli.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Linli.Cli;

/// <summary>`linli users create --user NAME --name 姓名 --role CommunityWorker --org CODE --password ...`</summary>
public static class UsersCommands
{
    public static Command Create()
    {
        var users = new Command("users", "账号 / accounts");
        var user = new Option<string>("--user") { Description = "登录名 / user name", Required = true };
        var name = new Option<string>("--name") { Description = "姓名 / display name", Required = true };
        var role = new Option<string>("--role")
        {
            Description = "角色 / role: " + string.Join(", ", Enum.GetValues<Role>().Select(r => $"{r} ({RoleNames.Of(r).Zh})")),
            Required = true,
        };
        var org = new Option<string>("--org") { Description = "所属组织代码 / org unit code", Required = true };
        var password = new Option<string?>("--password") { Description = "密码；省略则读取环境变量 LINLI_PASSWORD / password, or LINLI_PASSWORD" };
        var create = new Command("create", "创建账号 / create an account") { user, name, role, org, password };
        create.SetAction(async (result, ct) =>
        {
            var parsedRole = RoleNames.Parse(result.GetValue(role));
            if (parsedRole is null)
            {
                Console.Error.WriteLine($"角色 \"{result.GetValue(role)}\" 无效 / unknown role. {role.Description}");
                return 1;
            }
            var secret = result.GetValue(password) ?? Environment.GetEnvironmentVariable("LINLI_PASSWORD");
            if (string.IsNullOrEmpty(secret))
            {
                Console.Error.WriteLine("缺少密码：使用 --password 或环境变量 LINLI_PASSWORD / password missing");
                return 1;
            }
            using var host = await CliHost.StartAsync(result.GetValue(LinliCli.DataOption));
            await using var scope = host.CliScope("users create");
            var created = await scope.ServiceProvider.GetRequiredService<CreateAccount>().HandleAsync(
                new(result.GetValue(user)!, result.GetValue(name)!, secret, parsedRole.Value, result.GetValue(org)!), ct);
            if (created.Failure is { } failure)
            {
                Console.Error.WriteLine($"{failure.Message.Zh} / {failure.Message.En}");
                return 1;
            }
            Console.WriteLine($"已创建账号 {created.Value!.UserName}（{RoleNames.Of(parsedRole.Value).Zh}）/ account created");
            return 0;
        });
        users.Subcommands.Add(create);
        return users;
    }
}
