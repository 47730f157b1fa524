using System.Collections.Concurrent;
using System.Data.Common;
using System.Text;
using Linli.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Linli.Core.Features.Requests;

/// <summary>
/// Writes a new request and its first transitions in ONE statement on PostgreSQL:
/// <c>WITH r AS (INSERT INTO service_requests … RETURNING "Id"), t AS (INSERT INTO request_transitions … SELECT r."Id", v.… FROM r CROSS JOIN (VALUES …) v ORDER BY v.o) SELECT "Id" FROM r</c>.
/// SaveChanges needs four round trips for the same rows (BEGIN with the request, the transition
/// once the request's id is back, COMMIT) and change tracking around them; at hotline volume those
/// round trips were a third of the database's work per intake. One statement is atomic on its own,
/// so nothing is half-written. Columns and value conversions come from the EF model, so a column
/// added to either entity is written here too. Neither entity is audited on insert or raises a
/// notification on Receive/Route, so no interceptor is skipped (a test compares this path's rows with
/// SaveChanges' rows field by field).
/// </summary>
internal static class IntakeStatement
{
    private static readonly ConcurrentDictionary<(IModel, int), Shape> Shapes = new();

    private sealed record Shape(string Sql, IProperty[] RequestColumns, IProperty[] TransitionColumns);

    public static async Task InsertAsync(LinliDb db, ServiceRequest request, CancellationToken ct)
    {
        var shape = Shapes.GetOrAdd((db.Model, request.History.Count), key => Build(key.Item1, key.Item2));
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = shape.Sql;
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            var n = 0;
            foreach (var property in shape.RequestColumns)
            {
                Add(command, property, ref n, property.GetGetter().GetClrValue(request));
            }
            foreach (var transition in request.History)
            {
                foreach (var property in shape.TransitionColumns)
                {
                    Add(command, property, ref n, property.GetGetter().GetClrValue(transition));
                }
            }
            request.Id = (long)(await command.ExecuteScalarAsync(ct))!;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
        foreach (var transition in request.History)
        {
            transition.RequestId = request.Id;
        }
    }

    private static void Add(DbCommand command, IProperty property, ref int n, object? value) =>
        command.Parameters.Add(property.GetRelationalTypeMapping().CreateParameter(command, $"p{n++}", value, property.IsNullable));

    private static Shape Build(IModel model, int transitions)
    {
        var requestType = model.FindEntityType(typeof(ServiceRequest))!;
        var transitionType = model.FindEntityType(typeof(RequestTransition))!;
        // Store-generated keys stay out; the transitions' RequestId comes from the request row.
        var requestColumns = requestType.GetProperties().Where(p => !p.IsPrimaryKey()).ToArray();
        var transitionColumns = transitionType.GetProperties().Where(p => !p.IsPrimaryKey() && p.Name != nameof(RequestTransition.RequestId)).ToArray();
        var requestTable = StoreObjectIdentifier.Table(requestType.GetTableName()!, requestType.GetSchema());
        var transitionTable = StoreObjectIdentifier.Table(transitionType.GetTableName()!, transitionType.GetSchema());

        var n = 0;
        var sql = new StringBuilder();
        sql.Append("WITH r AS (INSERT INTO ").Append(Quote(requestTable.Name)).Append(" (")
            .AppendJoin(", ", requestColumns.Select(p => Quote(p.GetColumnName(requestTable)!)))
            .Append(") VALUES (").AppendJoin(", ", requestColumns.Select(_ => $"@p{n++}")).Append(") RETURNING \"Id\")");
        // One INSERT for all transitions, in their order: ids (and so the history's order) follow it.
        var names = transitionColumns.Select((_, i) => $"c{i}").ToArray();
        sql.Append(", t AS (INSERT INTO ").Append(Quote(transitionTable.Name)).Append(" (")
            .Append(Quote(transitionType.FindProperty(nameof(RequestTransition.RequestId))!.GetColumnName(transitionTable)!)).Append(", ")
            .AppendJoin(", ", transitionColumns.Select(p => Quote(p.GetColumnName(transitionTable)!)))
            .Append(") SELECT r.\"Id\", ").AppendJoin(", ", names.Select(c => $"v.{c}")).Append(" FROM r CROSS JOIN (VALUES ");
        for (var t = 0; t < transitions; t++)
        {
            sql.Append(t == 0 ? "(" : ", (").Append(t).Append(", ").AppendJoin(", ", transitionColumns.Select(_ => $"@p{n++}")).Append(')');
        }
        sql.Append(") AS v(o, ").AppendJoin(", ", names).Append(") ORDER BY v.o)");
        sql.Append(" SELECT \"Id\" FROM r");
        return new(sql.ToString(), requestColumns, transitionColumns);
    }

    private static string Quote(string name) => $"\"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
}
