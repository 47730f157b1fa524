using Linli.Core.Features.Accounts;
using Linli.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace Linli.Tests.Cli;

/// <summary>The CLI verbs against a SQLite data folder, as an operator would run them.</summary>
public sealed class CliVerbTests : IDisposable
{
    private readonly CliDataFolder _folder = new();
    private string DataPath => _folder.Path;

    private Task<int> RunAsync(params string[] args) => _folder.RunAsync(args);

    private long Scalar(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(DataPath, "linli.db")};Pooling=False");
        connection.Open();
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        return Convert.ToInt64(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task DivisionsImport_ThenUsersCreate_MakesAScopedAccount()
    {
        Assert.Equal(0, await RunAsync("divisions", "import", "--code", "411102"));
        Assert.Equal(0, await RunAsync("users", "create", "--user", "wang", "--name", "王芳", "--role", "社区工作者", "--org", "411102001001", "--password", "passw0rd"));

        Assert.Equal((long)Role.CommunityWorker, Scalar("SELECT \"Role\" FROM \"AspNetUsers\" WHERE \"UserName\" = 'wang'"));
        Assert.True(Scalar("SELECT COUNT(*) FROM org_units WHERE \"Kind\" = 5") > 50);
    }

    [Theory]
    [InlineData("users", "create", "--user", "x", "--name", "X", "--role", "Mayor", "--org", "411102", "--password", "passw0rd")]
    [InlineData("users", "create", "--user", "x", "--name", "X", "--role", "StreetOffice", "--org", "999999", "--password", "passw0rd")]
    [InlineData("users", "create", "--user", "x", "--name", "X", "--role", "StreetOffice", "--org", "411102", "--password", "short")]
    [InlineData("divisions", "import", "--code", "4x")]
    [InlineData("divisions", "import", "--code", "99")]
    public async Task BadInput_FailsWithoutWritingAnAccount(params string[] args)
    {
        Assert.Equal(0, await RunAsync("divisions", "import", "--code", "411102"));

        Assert.NotEqual(0, await RunAsync(args));

        Assert.Equal(0, Scalar("SELECT COUNT(*) FROM \"AspNetUsers\""));
    }

    public void Dispose() => _folder.Dispose();
}
