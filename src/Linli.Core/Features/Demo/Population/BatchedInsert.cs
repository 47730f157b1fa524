using System.Data.Common;
using Linli.Core.Features.Import;
using Npgsql;

namespace Linli.Core.Features.Demo.Population;

/// <summary>
/// Writes rows (ids included) into one table inside the caller's transaction. On PostgreSQL each
/// batch of a few thousand rows goes by binary COPY straight into the table (the caller holds the
/// table lock and gives the ids, so no staging table is needed; statement triggers such as
/// community_totals still fire). On SQLite prepared INSERTs: the command of a full batch is built
/// once and reused with new values; on SQLite (in process, no round trips) one row per statement is
/// fastest, because SQLite looks each parameter name up by a linear scan, so a statement of n
/// parameters costs n² to bind. EF's change tracker would take minutes for a city.
/// </summary>
internal sealed class BatchedInsert(DbConnection connection, DbTransaction transaction, bool manyRowsPerStatement, string table, params string[] columns) : IAsyncDisposable
{
    // Below PostgreSQL's 65,535 parameters per statement.
    private const int MaxParameters = 30_000;
    private const int MaxRows = 500;
    private const int CopyRows = 5_000;

    private readonly List<object?[]> _pending = [];
    private DbCommand? _fullBatch;

    private readonly NpgsqlConnection? _copyTo = connection as NpgsqlConnection;

    public int RowsPerStatement { get; } = connection is NpgsqlConnection ? CopyRows
        : manyRowsPerStatement ? Math.Min(MaxRows, MaxParameters / columns.Length) : 1;
    public int Written { get; private set; }
    public bool IsFull => _pending.Count >= RowsPerStatement;

    public void Add(params object?[] row) => _pending.Add(row);

    public async Task FlushAsync(CancellationToken ct)
    {
        if (_pending.Count == 0)
        {
            return;
        }
        if (_copyTo is not null)
        {
            await CopyAsync(_copyTo, ct);
            return;
        }
        var full = _pending.Count == RowsPerStatement;
        var command = full ? _fullBatch ??= Create(RowsPerStatement) : Create(_pending.Count);
        try
        {
            for (var r = 0; r < _pending.Count; r++)
            {
                var row = _pending[r];
                for (var c = 0; c < columns.Length; c++)
                {
                    command.Parameters[r * columns.Length + c].Value = row[c] ?? DBNull.Value;
                }
            }
            await command.ExecuteNonQueryAsync(ct);
        }
        finally
        {
            if (!full)
            {
                await command.DisposeAsync();
            }
        }
        Written += _pending.Count;
        _pending.Clear();
    }

    private async Task CopyAsync(NpgsqlConnection npgsql, CancellationToken ct)
    {
        await using (var copy = await npgsql.BeginBinaryImportAsync(
            $"COPY {table} ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) FROM STDIN (FORMAT BINARY)", ct))
        {
            foreach (var row in _pending)
            {
                await copy.StartRowAsync(ct);
                foreach (var value in row)
                {
                    await BulkInsert.WriteValueAsync(copy, value, ct);
                }
            }
            await copy.CompleteAsync(ct);
        }
        Written += _pending.Count;
        _pending.Clear();
    }

    private DbCommand Create(int rows)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        var values = new List<string>(rows);
        for (var r = 0; r < rows; r++)
        {
            var names = new string[columns.Length];
            for (var c = 0; c < columns.Length; c++)
            {
                names[c] = $"@p{r * columns.Length + c}";
                var parameter = command.CreateParameter();
                parameter.ParameterName = names[c];
                command.Parameters.Add(parameter);
            }
            values.Add("(" + string.Join(", ", names) + ")");
        }
        command.CommandText = $"INSERT INTO {table} ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) VALUES {string.Join(", ", values)}";
        return command;
    }

    public async ValueTask DisposeAsync()
    {
        if (_fullBatch is not null)
        {
            await _fullBatch.DisposeAsync();
        }
    }
}
