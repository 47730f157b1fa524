using Npgsql;

namespace Linli.Tests.Infrastructure;

/// <summary>
/// A fresh, empty database for one test class or test: a SQLite file in a temporary data folder,
/// or a new database in the private PostgreSQL cluster that ./test.sh starts (LINLI_TEST_PG).
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";

    /// <summary>For [Theory] tests that must hold on both stores.</summary>
    public static TheoryData<string> Providers => new() { Sqlite, Postgres };

    private TestDatabase(string provider, string dataDirectory, string connectionString, string? postgresName)
    {
        Provider = provider;
        DataDirectory = dataDirectory;
        ConnectionString = connectionString;
        _postgresName = postgresName;
    }

    private readonly string? _postgresName;

    public string Provider { get; }
    public string DataDirectory { get; }
    public string ConnectionString { get; }
    public bool IsPostgres => Provider == Postgres;

    /// <summary>Configuration keys as Linli reads them (Database:Provider, Database:ConnectionString).</summary>
    public IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Database:Provider"] = IsPostgres ? "Postgres" : "Sqlite",
        ["Database:ConnectionString"] = ConnectionString,
    };

    public static async Task<TestDatabase> CreateAsync(string provider)
    {
        var data = Directory.CreateTempSubdirectory("linli-test-").FullName;
        if (provider != Postgres)
        {
            return new TestDatabase(Sqlite, data, $"Data Source={Path.Combine(data, "linli.db")};Cache=Shared", null);
        }
        var server = ServerConnectionString();
        var name = "linli_" + Guid.NewGuid().ToString("N")[..12];
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8'", connection);
            await create.ExecuteNonQueryAsync();
        }
        var builder = new NpgsqlConnectionStringBuilder(server) { Database = name };
        return new TestDatabase(Postgres, data, builder.ConnectionString, name);
    }

    public static string ServerConnectionString() =>
        Environment.GetEnvironmentVariable("LINLI_TEST_PG") is { Length: > 0 } cs
            ? cs
            : throw new InvalidOperationException("LINLI_TEST_PG is not set: run the tests with ./test.sh, which starts a private PostgreSQL.");

    public async ValueTask DisposeAsync()
    {
        if (_postgresName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(ServerConnectionString());
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_postgresName} WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
        else
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        }
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on a slow shutdown is left to the OS temp cleanup.
        }
    }
}
