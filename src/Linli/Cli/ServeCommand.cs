using System.CommandLine;
using Linli.Hosting;

namespace Linli.Cli;

/// <summary>`linli serve [--urls URL] [--data DIR] [--no-demo]`: the web platform.</summary>
public static class ServeCommand
{
    public const string DefaultUrl = "http://127.0.0.1:5080";

    public static Command Create()
    {
        var urls = new Option<string>("--urls") { Description = "监听地址 / listen address", DefaultValueFactory = _ => DefaultUrl };
        var noDemo = new Option<bool>("--no-demo") { Description = "首次启动不加载演示数据 / start with an empty database" };
        var serve = new Command("serve", "启动网页平台 / start the web platform") { urls, noDemo };
        serve.SetAction(async (result, ct) =>
        {
            var app = await LinliWebApp.CreateAsync(new LinliWebApp.Options(
                result.GetValue(urls)!, LinliSettings.Paths(result.GetValue(LinliCli.DataOption)), !result.GetValue(noDemo)), ct: ct);
            await app.StartAsync(ct);
            LinliWebApp.PrintWelcome(app);
            await app.WaitForShutdownAsync(ct);
            return 0;
        });
        return serve;
    }
}
