using System.Data.Common;
using Linli.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;

namespace Linli.Core.Features.Import;

/// <summary>
/// The import's fast write path, inside the caller's open transaction. SQLite: prepared multi-row
/// INSERTs reused batch after batch (no per-row parsing or change tracking). PostgreSQL: ids taken from the
/// table's identity sequence in one round trip, rows sent by binary COPY into a temporary staging
/// table, then moved with one INSERT ... SELECT. Values are long, int, string, bool, byte[],
/// DateTime (UTC), DateOnly or null; enums must be passed as int.
/// </summary>
internal static class BulkInsert
{
    /// <summary>Where the time of a PostgreSQL bulk insert went; filled in by `linli bench import`.</summary>
    internal sealed class Stages
    {
        public TimeSpan Ids { get; set; }
        public TimeSpan CopyToStage { get; set; }
        public TimeSpan InsertSelect { get; set; }
    }

    /// <summary>Inserts the rows and returns their new ids, in row order.</summary>
    public static async Task<long[]> InsertAsync(LinliDb db, string table, string[] columns, IReadOnlyList<object?[]> rows, CancellationToken ct,
        Stages? stages = null)
    {
        if (rows.Count == 0)
        {
            return [];
        }
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Bulk inserts run inside the import's transaction.");
        return db.IsPostgres
            ? await PostgresAsync((NpgsqlConnection)connection, table, columns, rows, stages ?? new Stages(), ct)
            : await SqliteAsync(connection, transaction, table, columns, rows, ct);
    }

    // Rows per statement: multi-row VALUES cut the per-statement cost, but Microsoft.Data.Sqlite binds
    // parameters by a linear name search, so large statements get slower again; 16 measured best.
    private const int SqliteRowsPerStatement = 16;

    private static async Task<long[]> SqliteAsync(DbConnection connection, DbTransaction transaction, string table, string[] columns, IReadOnlyList<object?[]> rows, CancellationToken ct)
    {
        var ids = new long[rows.Count];
        DbCommand? full = null;
        try
        {
            for (var start = 0; start < rows.Count; start += SqliteRowsPerStatement)
            {
                var count = Math.Min(SqliteRowsPerStatement, rows.Count - start);
                var cmd = count == SqliteRowsPerStatement
                    ? full ??= await PrepareAsync(connection, transaction, table, columns, count, ct)
                    : await PrepareAsync(connection, transaction, table, columns, count, ct);
                for (var r = 0; r < count; r++)
                {
                    var values = rows[start + r];
                    for (var i = 0; i < columns.Length; i++)
                    {
                        cmd.Parameters[r * columns.Length + i].Value = values[i] ?? DBNull.Value;
                    }
                }
                // The transaction holds SQLite's write lock and the tables use AUTOINCREMENT, so one
                // statement's rows get consecutive ids ending at last_insert_rowid().
                var last = (long)(await cmd.ExecuteScalarAsync(ct))!;
                for (var r = 0; r < count; r++)
                {
                    ids[start + r] = last - count + 1 + r;
                }
                if (cmd != full)
                {
                    await cmd.DisposeAsync();
                }
            }
        }
        finally
        {
            if (full is not null)
            {
                await full.DisposeAsync();
            }
        }
        return ids;
    }

    private static async Task<DbCommand> PrepareAsync(DbConnection connection, DbTransaction transaction, string table, string[] columns, int rowCount, CancellationToken ct)
    {
        var cmd = connection.CreateCommand();
        cmd.Transaction = transaction;
        var values = Enumerable.Range(0, rowCount).Select(r => "(" + string.Join(", ", columns.Select((_, i) => $"@p{r * columns.Length + i}")) + ")");
        cmd.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) VALUES {string.Join(", ", values)}; SELECT last_insert_rowid()";
        for (var i = 0; i < rowCount * columns.Length; i++)
        {
            var p = cmd.CreateParameter();
            p.ParameterName = $"@p{i}";
            cmd.Parameters.Add(p);
        }
        await cmd.PrepareAsync(ct);
        return cmd;
    }

    /// <summary>The PostgreSQL path on a connection of the caller's own, inside its open transaction (used by `linli bench import`).</summary>
    internal static async Task<long[]> PostgresAsync(NpgsqlConnection connection, string table, string[] columns, IReadOnlyList<object?[]> rows,
        Stages stages, CancellationToken ct)
    {
        var stage = System.Diagnostics.Stopwatch.StartNew();
        var ids = new long[rows.Count];
        await using (var next = new NpgsqlCommand($"SELECT nextval(pg_get_serial_sequence('{table}', 'Id')) FROM generate_series(1, {rows.Count})", connection))
        await using (var reader = await next.ExecuteReaderAsync(ct))
        {
            for (var i = 0; await reader.ReadAsync(ct); i++)
            {
                ids[i] = reader.GetInt64(0);
            }
        }
        stages.Ids = stage.Elapsed;
        stage.Restart();
        var staging = $"stage_{table}";
        var columnList = "\"Id\", " + string.Join(", ", columns.Select(c => $"\"{c}\""));
        await using (var create = new NpgsqlCommand($"CREATE TEMP TABLE IF NOT EXISTS {staging} (LIKE {table}) ON COMMIT DROP; TRUNCATE {staging}", connection))
        {
            await create.ExecuteNonQueryAsync(ct);
        }
        await using (var copy = await connection.BeginBinaryImportAsync($"COPY {staging} ({columnList}) FROM STDIN (FORMAT BINARY)", ct))
        {
            for (var r = 0; r < rows.Count; r++)
            {
                await copy.StartRowAsync(ct);
                await copy.WriteAsync(ids[r], NpgsqlDbType.Bigint, ct);
                foreach (var value in rows[r])
                {
                    await WriteValueAsync(copy, value, ct);
                }
            }
            await copy.CompleteAsync(ct);
        }
        stages.CopyToStage = stage.Elapsed;
        stage.Restart();
        await using (var move = new NpgsqlCommand($"INSERT INTO {table} ({columnList}) SELECT {columnList} FROM {staging}", connection))
        {
            move.CommandTimeout = 600;
            await move.ExecuteNonQueryAsync(ct);
        }
        stages.InsertSelect = stage.Elapsed;
        return ids;
    }

    /// <summary>One value of a binary COPY row; shared with the demo writer so both send the same types.</summary>
    internal static Task WriteValueAsync(NpgsqlBinaryImporter copy, object? value, CancellationToken ct) => value switch
    {
        null => copy.WriteNullAsync(ct),
        long v => copy.WriteAsync(v, NpgsqlDbType.Bigint, ct),
        int v => copy.WriteAsync(v, NpgsqlDbType.Integer, ct),
        string v => copy.WriteAsync(v, NpgsqlDbType.Text, ct),
        bool v => copy.WriteAsync(v, NpgsqlDbType.Boolean, ct),
        byte[] v => copy.WriteAsync(v, NpgsqlDbType.Bytea, ct),
        DateTime v => copy.WriteAsync(DateTime.SpecifyKind(v, DateTimeKind.Utc), NpgsqlDbType.TimestampTz, ct),
        DateOnly v => copy.WriteAsync(v, NpgsqlDbType.Date, ct),
        decimal v => copy.WriteAsync(v, NpgsqlDbType.Numeric, ct),
        _ => throw new ArgumentException($"Unsupported bulk value type {value.GetType()}"),
    };
}
