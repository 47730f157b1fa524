using System.Data.Common;
using Linli.Core.Data;
using Linli.Core.Features.Demo.Population;
using Microsoft.EntityFrameworkCore;

namespace Linli.Core.Features.Requests;

/// <summary>
/// Writes generated demo requests, their history and callbacks with the demo population's batched
/// writer (binary COPY on PostgreSQL, prepared INSERTs on SQLite): EF's change tracker took seconds
/// for the ~15,000 rows, this takes a fraction of one. Ids are given here, so on PostgreSQL the
/// tables are locked until their sequences are moved past them.
/// </summary>
internal static class DemoRequestWriter
{
    private static readonly string[] Tables = ["service_requests", "request_transitions", "request_callbacks"];

    public static async Task WriteAsync(LinliDb db, IReadOnlyList<ServiceRequest> requests, IReadOnlyList<(ServiceRequest Request, RequestCallback Callback)> callbacks,
        IReadOnlyDictionary<DateOnly, int> counters, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        var connection = db.Database.GetDbConnection();
        try
        {
            await using var tx = await connection.BeginTransactionAsync(ct);
            if (db.IsPostgres)
            {
                await ExecuteAsync(connection, tx, $"LOCK TABLE {string.Join(", ", Tables)} IN EXCLUSIVE MODE", ct);
            }
            var (nextRequest, nextTransition, nextCallback) = (await MaxIdAsync(connection, tx, Tables[0], ct) + 1, await MaxIdAsync(connection, tx, Tables[1], ct) + 1, await MaxIdAsync(connection, tx, Tables[2], ct) + 1);
            var many = db.IsPostgres;
            await using (var rows = new BatchedInsert(connection, tx, many, "service_requests", "Id", "TrackingNumber", "VerificationHash", "Channel", "CategoryId", "PlaceUnitId", "Path",
                "Description", "ContactName", "PhoneCipher", "PhoneHash", "PhoneMasked", "NotifyOptIn", "Status", "AssignedUnitId", "AssignedPath", "ReceivedAt", "ResponseDueAt",
                "ResolutionDueAt", "RespondedAt", "ResolvedAt", "ClosedAt", "EscalationLevel", "ReopenCount", "IsDemo", "Version", "UpdatedAt"))
            await using (var history = new BatchedInsert(connection, tx, many, "request_transitions", "Id", "RequestId", "At", "Action", "From", "To", "ActorName", "ActorRole", "Note", "ToUnitId"))
            await using (var calls = new BatchedInsert(connection, tx, many, "request_callbacks", "Id", "RequestId", "At", "ByName", "Reached", "Resolved", "Satisfied"))
            await using (var numbers = new BatchedInsert(connection, tx, many, "request_number_counters", "Day", "Last"))
            {
                foreach (var r in requests)
                {
                    r.Id = nextRequest++;
                    rows.Add(r.Id, r.TrackingNumber, r.VerificationHash, (int)r.Channel, r.CategoryId, r.PlaceUnitId, r.Path, r.Description, r.ContactName, r.PhoneCipher, r.PhoneHash,
                        r.PhoneMasked, r.NotifyOptIn, (int)r.Status, r.AssignedUnitId, r.AssignedPath, r.ReceivedAt, r.ResponseDueAt, r.ResolutionDueAt, r.RespondedAt, r.ResolvedAt,
                        r.ClosedAt, r.EscalationLevel, r.ReopenCount, true, 0, r.UpdatedAt);
                    await FlushIfFullAsync(rows, ct);
                }
                await rows.FlushAsync(ct);
                foreach (var r in requests)
                {
                    foreach (var t in r.History)
                    {
                        history.Add(nextTransition++, r.Id, t.At, (int)t.Action, t.From is { } from ? (int)from : null, (int)t.To, t.ActorName, t.ActorRole is { } role ? (int)role : null, t.Note, t.ToUnitId);
                        await FlushIfFullAsync(history, ct);
                    }
                }
                await history.FlushAsync(ct);
                foreach (var (request, c) in callbacks)
                {
                    calls.Add(nextCallback++, request.Id, c.At, c.ByName, c.Reached, c.Resolved, c.Satisfied);
                    await FlushIfFullAsync(calls, ct);
                }
                await calls.FlushAsync(ct);
                foreach (var (day, last) in counters)
                {
                    numbers.Add(day, last);
                    await FlushIfFullAsync(numbers, ct);
                }
                await numbers.FlushAsync(ct);
            }
            if (db.IsPostgres)
            {
                foreach (var table in Tables)
                {
                    await ExecuteAsync(connection, tx, $"SELECT setval(pg_get_serial_sequence('{table}', 'Id'), GREATEST((SELECT MAX(\"Id\") FROM {table}), 1))", ct);
                }
            }
            await tx.CommitAsync(ct);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task FlushIfFullAsync(BatchedInsert batch, CancellationToken ct)
    {
        if (batch.IsFull)
        {
            await batch.FlushAsync(ct);
        }
    }

    private static async Task<long> MaxIdAsync(DbConnection connection, DbTransaction tx, string table, CancellationToken ct)
    {
        await using var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = $"SELECT COALESCE(MAX(\"Id\"), 0) FROM {table}";
        return Convert.ToInt64(await cmd.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction tx, string sql, CancellationToken ct)
    {
        await using var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        await cmd.ExecuteNonQueryAsync(ct);
    }
}
