using Linli.Core.Data;
using Linli.Tests.Infrastructure;
using Npgsql;

namespace Linli.Tests.Data;

/// <summary>The pool settings Linli adds to a PostgreSQL connection string, and that an operator's own choice wins.</summary>
public class PostgresPoolSettingsTests
{
    [Fact]
    public void Defaults_AreAdded_WhenTheStringDoesNotNameThem()
    {
        var built = new NpgsqlConnectionStringBuilder(DatabaseSetup.WithPostgresDefaults("Host=db;Username=linli;Database=linli"));
        Assert.True(built.NoResetOnClose);
        Assert.Equal(64, built.MaxAutoPrepare);
        Assert.Equal("db", built.Host);
    }

    [Theory]
    [InlineData("Host=db;No Reset On Close=false;Max Auto Prepare=0")]
    [InlineData("Host=db;noresetonclose=false;MaxAutoPrepare=0")]
    public void OperatorsChoice_Wins(string connectionString)
    {
        var built = new NpgsqlConnectionStringBuilder(DatabaseSetup.WithPostgresDefaults(connectionString));
        Assert.False(built.NoResetOnClose);
        Assert.Equal(0, built.MaxAutoPrepare);
    }

    [Fact]
    public async Task PooledConnections_KeepTheirPreparedStatements()
    {
        // One pooled connection: what it prepared survives being returned to the pool and taken again.
        await using var database = await TestDatabase.CreateAsync(TestDatabase.Postgres);
        var connectionString = new NpgsqlConnectionStringBuilder(DatabaseSetup.WithPostgresDefaults(database.ConnectionString)) { MaxPoolSize = 1 }.ConnectionString;
        var seen = new List<long>();
        for (var i = 0; i < 10; i++)
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("SELECT count(*) FROM pg_prepared_statements WHERE statement LIKE 'SELECT count(*) FROM pg_prepared_statements%'", connection);
            seen.Add((long)(await command.ExecuteScalarAsync())!);
        }
        // Auto-prepare starts at a statement's fifth use on a connection; a DISCARD ALL on every
        // open (Npgsql's default) would drop it, and the count would start again each time.
        Assert.Equal(0, seen[0]);
        Assert.Equal(1, seen[^1]);
    }
}
