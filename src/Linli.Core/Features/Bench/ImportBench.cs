using System.Diagnostics;
using Linli.Core.Common.Privacy;
using Linli.Core.Data;
using Linli.Core.Features.Demo;
using Linli.Core.Features.Demo.Population;
using Linli.Core.Features.Import;
using Linli.Core.Features.Registry;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;

namespace Linli.Core.Features.Bench;

/// <summary>
/// `linli bench import`: N residents generated once (validated, encrypted, hashed and masked like
/// any registration), then written three ways in one transaction that is rolled back at the end,
/// so the registry is left as it was and the same rows can be written each time:
/// raw binary COPY into an unindexed, WAL-logged copy of the table (the ceiling), the resident import's bulk
/// path (<see cref="BulkInsert"/>: ids from the sequence, COPY into a staging table, INSERT ...
/// SELECT into residents with all its indexes and the community_totals trigger), and the demo
/// seed's path (<see cref="BatchedInsert"/>: binary COPY straight into residents under a table
/// lock). Rows whose ID number is already registered are left out before timing.
/// </summary>
public sealed class ImportBench(LinliDb db, FieldProtector protector, RegionDirectory regions, TimeProvider clock)
{
    private const string Scenario = "import";

    private static readonly string[] Columns =
    [
        "CommunityId", "Path", "Name", "DocumentType", "DocumentCipher", "DocumentHash", "DocumentMasked", "PhoneCipher", "PhoneHash",
        "PhoneMasked", "Sex", "BirthDate", "RelationToHead", "ResidenceType", "Status", "IsDemo", "Version", "CreatedAt", "UpdatedAt",
    ];

    // Not the seed's default: different people from a province seeded with it.
    private const int BenchSeed = 770_001;

    public async Task<IReadOnlyList<BenchFigure>> RunAsync(string provinceCode, int residents, CancellationToken ct)
    {
        if (!db.IsPostgres)
        {
            throw new InvalidOperationException("bench import measures PostgreSQL COPY");
        }
        var committees = await SeedDemoPopulation.CommitteesAsync(db, provinceCode, withGrids: true, ct);
        var generation = Stopwatch.StartNew();
        var rows = Generate(committees, residents + residents / 20 + 100);
        generation.Stop();
        rows = await WithoutRegisteredAsync(rows, residents, ct);
        var generated = rows.Count;

        var figures = new List<BenchFigure>();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            var connection = (NpgsqlConnection)db.Database.GetDbConnection();
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var before = await ScalarAsync<long>(connection, "SELECT COUNT(*) FROM residents", ct);

            // A regular table, not a temporary one: temporary tables skip the WAL, which would
            // flatter the ceiling. Created inside the transaction, so the rollback removes it.
            await ExecuteAsync(connection, "CREATE TABLE bench_raw_residents (LIKE residents)", ct);
            var raw = await TimeAsync(() => RawCopyAsync(connection, rows, ct));
            var bytes = await ScalarAsync<long>(connection, "SELECT pg_total_relation_size('bench_raw_residents')", ct);
            var dataSize = $"{generated:N0} residents ({bytes / 1024.0 / 1024.0:N0} MB as a heap) into a registry of {before:N0}";

            await ExecuteAsync(connection, "SAVEPOINT bench_import", ct);
            var stages = new BulkInsert.Stages();
            var import = await TimeAsync(() => BulkInsert.InsertAsync(db, "residents", Columns, rows, ct, stages));
            await ExecuteAsync(connection, "ROLLBACK TO SAVEPOINT bench_import", ct);

            var direct = await TimeAsync(() => DirectCopyAsync(connection, tx.GetDbTransaction(), rows, ct));

            var perSecond = (TimeSpan t) => generated / t.TotalSeconds;
            figures.Add(new(Scenario, "generate + validate + encrypt (1 thread)", generated / generation.Elapsed.TotalSeconds, "residents/s", dataSize));
            figures.Add(new(Scenario, "raw COPY, unindexed table", perSecond(raw), "residents/s", dataSize));
            figures.Add(new(Scenario, "import path (BulkInsert: COPY to stage + INSERT SELECT)", perSecond(import), "residents/s", dataSize));
            figures.Add(new(Scenario, "import path / raw COPY", raw / import, "ratio", dataSize));
            figures.Add(new(Scenario, "import path stage: ids from the sequence", stages.Ids.TotalMilliseconds, "ms", dataSize));
            figures.Add(new(Scenario, "import path stage: COPY into staging table", stages.CopyToStage.TotalMilliseconds, "ms", dataSize));
            figures.Add(new(Scenario, "import path stage: INSERT ... SELECT into residents", stages.InsertSelect.TotalMilliseconds, "ms", dataSize));
            figures.Add(new(Scenario, "seed path (COPY into residents, ids given)", perSecond(direct), "residents/s", dataSize));
            figures.Add(new(Scenario, "seed path / raw COPY", raw / direct, "ratio", dataSize));
            await tx.RollbackAsync(ct);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
        var twoConnections = await TimeAsync(() => TwoConnectionsAsync(rows, ct));
        var perRow = generated / twoConnections.TotalSeconds;
        figures.Add(new(Scenario, "ceiling: import path on two connections at once (two transactions; not how an import runs)", perRow, "residents/s",
            $"{generated:N0} residents, half per connection"));
        using var self = Process.GetCurrentProcess();
        figures.Add(new(Scenario, "peak RSS of the bench process", self.PeakWorkingSet64 / 1024.0 / 1024.0, "MB", $"{generated:N0} generated rows held in memory"));
        return figures;
    }

    /// <summary>
    /// The import path split over two connections, half the rows (disjoint committees) on each,
    /// both rolled back. An import cannot run like this: it is one transaction, so that a file lands
    /// whole or not at all, and PostgreSQL runs one statement on one core. The figure shows what
    /// the two cores of the machine could give if it could.
    /// </summary>
    private async Task TwoConnectionsAsync(List<object?[]> rows, CancellationToken ct)
    {
        var connectionString = db.Database.GetConnectionString()!;
        var half = rows.Count / 2;
        await Task.WhenAll(WriteRolledBackAsync(rows[..half]), WriteRolledBackAsync(rows[half..]));

        async Task WriteRolledBackAsync(List<object?[]> part)
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync(ct);
            await using var tx = await connection.BeginTransactionAsync(ct);
            await BulkInsert.PostgresAsync(connection, "residents", Columns, part, new BulkInsert.Stages(), ct);
            await tx.RollbackAsync(ct);
        }
    }

    private List<object?[]> Generate(List<DemoCommittee> committees, int count)
    {
        var generator = new DemoPopulationGenerator(protector, regions, new DemoOptions(0, BenchSeed), clock.GetUtcNow().UtcDateTime);
        var rows = new List<object?[]>(count);
        for (var i = 0; i < committees.Count; i++)
        {
            var share = (int)((long)count * (i + 1) / committees.Count - (long)count * i / committees.Count);
            foreach (var household in generator.GenerateResidents(committees[i], share).Households)
            {
                foreach (var r in household.Members)
                {
                    rows.Add([r.CommunityId, r.Path, r.Name, (int)r.DocumentType, r.DocumentCipher, r.DocumentHash, r.DocumentMasked, r.PhoneCipher,
                        r.PhoneHash, r.PhoneMasked, (int?)r.Sex, r.BirthDate, r.RelationToHead, (int)r.ResidenceType, (int)r.Status, r.IsDemo, 0,
                        r.CreatedAt, r.UpdatedAt]);
                }
            }
        }
        return rows;
    }

    private async Task<List<object?[]>> WithoutRegisteredAsync(List<object?[]> rows, int wanted, CancellationToken ct)
    {
        var hashes = rows.Select(r => (byte[])r[5]!).ToArray();
        var registered = new HashSet<string>();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var cmd = new NpgsqlCommand("SELECT \"DocumentHash\" FROM residents WHERE \"DocumentHash\" = ANY(@h)", (NpgsqlConnection)db.Database.GetDbConnection());
            cmd.Parameters.Add(new NpgsqlParameter("h", NpgsqlDbType.Array | NpgsqlDbType.Bytea) { Value = hashes });
            await using var reader = await cmd.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                registered.Add(Convert.ToHexString((byte[])reader[0]));
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
        return [.. rows.Where(r => !registered.Contains(Convert.ToHexString((byte[])r[5]!))).Take(wanted)];
    }

    private static async Task RawCopyAsync(NpgsqlConnection connection, List<object?[]> rows, CancellationToken ct)
    {
        var columns = "\"Id\", " + string.Join(", ", Columns.Select(c => $"\"{c}\""));
        await using var copy = await connection.BeginBinaryImportAsync($"COPY bench_raw_residents ({columns}) FROM STDIN (FORMAT BINARY)", ct);
        for (var i = 0; i < rows.Count; i++)
        {
            await copy.StartRowAsync(ct);
            await copy.WriteAsync((long)i + 1, NpgsqlDbType.Bigint, ct);
            foreach (var value in rows[i])
            {
                await BulkInsert.WriteValueAsync(copy, value, ct);
            }
        }
        await copy.CompleteAsync(ct);
    }

    /// <summary>What `demo seed --province` does per chunk: lock, take ids, COPY straight into the table.</summary>
    private static async Task DirectCopyAsync(NpgsqlConnection connection, System.Data.Common.DbTransaction transaction, List<object?[]> rows, CancellationToken ct)
    {
        await ExecuteAsync(connection, "LOCK TABLE residents IN EXCLUSIVE MODE", ct);
        var next = await ScalarAsync<long>(connection, "SELECT COALESCE(MAX(\"Id\"), 0) + 1 FROM residents", ct);
        await using var batch = new BatchedInsert(connection, transaction, manyRowsPerStatement: true, "residents", ["Id", .. Columns]);
        foreach (var row in rows)
        {
            batch.Add([next++, .. row]);
            if (batch.IsFull)
            {
                await batch.FlushAsync(ct);
            }
        }
        await batch.FlushAsync(ct);
    }

    private static async Task<TimeSpan> TimeAsync(Func<Task> write)
    {
        var watch = Stopwatch.StartNew();
        await write();
        return watch.Elapsed;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(sql, connection);
        cmd.CommandTimeout = 600;
        await cmd.ExecuteNonQueryAsync(ct);
    }

    private static async Task<T> ScalarAsync<T>(NpgsqlConnection connection, string sql, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(sql, connection);
        cmd.CommandTimeout = 600;
        return (T)(await cmd.ExecuteScalarAsync(ct))!;
    }
}
