using System.Data.Common;
using Linli.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Linli.Core.Features.Hierarchy;

/// <summary>
/// Loads NBS divisions (province → committee) into org_units: `linli divisions import [--code PREFIX]`.
/// Idempotent: codes already present are left alone. Rows go in level by level with multi-row
/// INSERTs inside one transaction, because the whole country is 665,000 rows and EF's change
/// tracker would take minutes for that.
/// </summary>
public sealed class DivisionImporter(LinliDb db)
{
    private const int BatchSize = 500;

    public sealed record Summary(int Read, int Inserted);

    public async Task<Summary> ImportAsync(string divisionFile, string prefix, bool markDemo = false, IProgress<int>? progress = null, CancellationToken ct = default)
    {
        var divisions = DivisionFile.Read(divisionFile, prefix).ToList();
        var inserted = 0;
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            var connection = db.Database.GetDbConnection();
            await using var tx = await connection.BeginTransactionAsync(ct);
            var known = await LoadKnownAsync(connection, tx, prefix, ct);
            foreach (var level in divisions.GroupBy(d => d.Code.Length).OrderBy(g => g.Key))
            {
                var fresh = level.Where(d => !known.ContainsKey(d.Code)).ToList();
                foreach (var batch in fresh.Chunk(BatchSize))
                {
                    await InsertAsync(connection, tx, batch, known, markDemo, ct);
                    inserted += batch.Length;
                    progress?.Report(inserted);
                }
                foreach (var (id, code, path) in await ReadBackAsync(connection, tx, fresh.Count > 0 ? level.Key : -1, prefix, ct))
                {
                    known[code] = (id, path);
                }
            }
            await tx.CommitAsync(ct);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
        return new Summary(divisions.Count, inserted);
    }

    private static async Task InsertAsync(DbConnection connection, DbTransaction tx, DivisionFile.Division[] batch, Dictionary<string, (long Id, string Path)> known, bool markDemo, CancellationToken ct)
    {
        await using var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        var values = new List<string>(batch.Length);
        for (var i = 0; i < batch.Length; i++)
        {
            var d = batch[i];
            var parentCode = DivisionFile.ParentCode(d.Code);
            (long Id, string Path)? parent = parentCode is not null && known.TryGetValue(parentCode, out var p) ? p : null;
            if (parentCode is not null && parent is null)
            {
                // The NBS list is complete, so this only happens with a corrupted data file.
                throw new InvalidDataException($"Division {d.Code} has no parent {parentCode} in the division list.");
            }
            var path = (parent?.Path ?? "") + d.Code + "/";
            values.Add($"(@c{i}, @n{i}, {(int)d.Kind}, {CommitteeTypeSql(d.Code)}, {parent?.Id.ToString() ?? "NULL"}, @p{i}, {d.Code.Length switch { 2 => 1, 4 => 2, 6 => 3, 9 => 4, _ => 5 }}, {(markDemo ? "TRUE" : "FALSE")}, 0)");
            AddParameter(cmd, $"@c{i}", d.Code);
            AddParameter(cmd, $"@n{i}", d.Name);
            AddParameter(cmd, $"@p{i}", path);
        }
        cmd.CommandText = "INSERT INTO org_units (\"Code\", \"Name\", \"Kind\", \"CommitteeType\", \"ParentId\", \"Path\", \"Depth\", \"IsDemo\", \"Version\") VALUES "
            + string.Join(", ", values) + " ON CONFLICT (\"Code\") DO NOTHING";
        await cmd.ExecuteNonQueryAsync(ct);
    }

    private static string CommitteeTypeSql(string code) =>
        code.Length == 12 && CommitteeTypes.FromCode(code) is { } type ? ((int)type).ToString() : "NULL";

    private static async Task<Dictionary<string, (long, string)>> LoadKnownAsync(DbConnection connection, DbTransaction tx, string prefix, CancellationToken ct)
    {
        var known = new Dictionary<string, (long, string)>(StringComparer.Ordinal);
        await using var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        // Ancestors of the prefix and everything under it; NBS levels only.
        cmd.CommandText = "SELECT \"Id\", \"Code\", \"Path\" FROM org_units WHERE \"Kind\" <= 5 AND (\"Code\" >= @lo AND \"Code\" < @hi OR LENGTH(\"Code\") < @len)";
        AddParameter(cmd, "@lo", prefix);
        AddParameter(cmd, "@hi", prefix + "A");
        AddParameter(cmd, "@len", Math.Max(prefix.Length, 1));
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            known[reader.GetString(1)] = (reader.GetInt64(0), reader.GetString(2));
        }
        return known;
    }

    private static async Task<List<(long, string, string)>> ReadBackAsync(DbConnection connection, DbTransaction tx, int codeLength, string prefix, CancellationToken ct)
    {
        var rows = new List<(long, string, string)>();
        if (codeLength < 0)
        {
            return rows;
        }
        await using var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = "SELECT \"Id\", \"Code\", \"Path\" FROM org_units WHERE \"Kind\" = @kind AND (\"Code\" >= @lo AND \"Code\" < @hi OR LENGTH(\"Code\") <= @len)";
        AddParameter(cmd, "@kind", (int)DivisionFile.KindOf(new string('0', codeLength)));
        AddParameter(cmd, "@lo", prefix);
        AddParameter(cmd, "@hi", prefix + "A");
        AddParameter(cmd, "@len", prefix.Length);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            rows.Add((reader.GetInt64(0), reader.GetString(1), reader.GetString(2)));
        }
        return rows;
    }

    private static void AddParameter(DbCommand cmd, string name, object value)
    {
        var p = cmd.CreateParameter();
        p.ParameterName = name;
        p.Value = value;
        cmd.Parameters.Add(p);
    }
}
