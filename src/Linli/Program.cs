using Linli.Cli;

return await LinliCli.Build().Parse(args).InvokeAsync();
