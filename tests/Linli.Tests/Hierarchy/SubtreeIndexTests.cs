using System.Diagnostics;
using Linli.Core.Data;
using Linli.Core.Features.Hierarchy;
using Linli.Core.Features.Registry;
using Linli.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Linli.Tests.Hierarchy;

public class SubtreeIndexTests(ITestOutputHelper output)
{
    /// <summary>
    /// The grouped subtree count of a street reads the (Path, Status) index of residents on
    /// PostgreSQL, with 200,000 residents spread over two cities' committees.
    /// </summary>
    [Fact]
    public async Task GroupedResidentCount_UnderAStreet_UsesThePathIndex_OnPostgres()
    {
        await using var core = await CoreServices.CreateAsync(TestDatabase.Postgres, divisionsPrefix: "4111");
        await using var scope = core.Scope();
        var db = scope.ServiceProvider.GetRequiredService<LinliDb>();
        var paths = scope.ServiceProvider.GetRequiredService<Linli.Core.Common.LinliPaths>();
        await scope.ServiceProvider.GetRequiredService<DivisionImporter>().ImportAsync(paths.DivisionFile, "4101");
        await db.Database.ExecuteSqlRawAsync("""
            INSERT INTO residents ("CommunityId", "Path", "Name", "DocumentType", "DocumentCipher", "DocumentHash", "DocumentMasked",
                                   "RelationToHead", "ResidenceType", "Status", "IsDemo", "Version", "CreatedAt", "UpdatedAt")
            SELECT c."Id", c."Path", 'r' || g, 1, '\x00'::bytea, decode(md5(g::text), 'hex'), 'masked', '', 1, 1 + (g % 10 = 0)::int, TRUE, 0, now(), now()
            FROM generate_series(1, 200000) AS g
            JOIN (SELECT "Id", "Path", row_number() OVER (ORDER BY "Id") - 1 AS n FROM org_units WHERE "Kind" = 5) c
              ON c.n = g % (SELECT count(*) FROM org_units WHERE "Kind" = 5);
            ANALYZE residents;
            """);

        var street = await db.OrgUnits.AsNoTracking().SingleAsync(o => o.Code == "411102001");
        var city = await db.OrgUnits.AsNoTracking().SingleAsync(o => o.Code == "4111");
        foreach (var unit in new[] { street, city })
        {
            var query = SubtreeCounts.ByChild(db.Residents.Where(r => r.Status == ResidentStatus.Active), new OrgPath(unit.Path));
            var plan = await ExplainAsync(db, Inline(query.ToQueryString()));
            var watch = Stopwatch.StartNew();
            var counts = await query.ToListAsync();
            output.WriteLine($"{unit.Name}: {counts.Sum(c => c.Count)} active residents in {counts.Count} groups, {watch.ElapsedMilliseconds} ms\n{plan}\n");
            if (unit == street)
            {
                Assert.Contains("IX_residents_Path_Status", plan, StringComparison.Ordinal);
                Assert.Equal(await db.Residents.CountAsync(r => r.Path.StartsWith(street.Path) && r.Status == ResidentStatus.Active), counts.Sum(c => c.Count));
            }
        }
    }

    [Fact]
    public async Task GroupedResidentCount_UsesThePathIndex_OnSqlite()
    {
        await using var core = await CoreServices.CreateAsync(TestDatabase.Sqlite);
        await using var scope = core.Scope();
        var db = scope.ServiceProvider.GetRequiredService<LinliDb>();
        var street = await db.OrgUnits.AsNoTracking().SingleAsync(o => o.Code == "411102001");
        var query = SubtreeCounts.ByChild(db.Residents.Where(r => r.Status == ResidentStatus.Active), new OrgPath(street.Path));

        var plan = await ExplainAsync(db, Inline(query.ToQueryString()), "EXPLAIN QUERY PLAN ", column: 3);

        output.WriteLine(plan);
        Assert.Contains("INDEX IX_residents_Path_Status", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("SCAN r\n", plan + "\n", StringComparison.Ordinal);
    }

    private static async Task<string> ExplainAsync(LinliDb db, string sql, string explain = "EXPLAIN ANALYZE ", int column = 0)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = explain + sql;
        var lines = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            lines.Add(reader.GetValue(column).ToString()!);
        }
        return string.Join('\n', lines);
    }

    // ToQueryString declares parameters as "-- @p='value'" (Npgsql) or ".param set @p 'value'"
    // (SQLite) lines; EXPLAIN needs them inline.
    private static string Inline(string sql)
    {
        var lines = sql.Split('\n').Select(l => l.StartsWith(".param set ", StringComparison.Ordinal)
            ? "-- " + l[".param set ".Length..].Insert(l[".param set ".Length..].IndexOf(' ', StringComparison.Ordinal), "=").Replace("= ", "=", StringComparison.Ordinal)
            : l).ToArray();
        var body = string.Join('\n', lines.Where(l => !l.StartsWith("-- ", StringComparison.Ordinal)));
        foreach (var declaration in lines.Where(l => l.StartsWith("-- @", StringComparison.Ordinal)))
        {
            var eq = declaration.IndexOf('=', StringComparison.Ordinal);
            var name = declaration[3..eq];
            var value = declaration[(eq + 1)..].Split(" (DbType")[0].Trim();
            body = System.Text.RegularExpressions.Regex.Replace(body, System.Text.RegularExpressions.Regex.Escape(name) + @"\b", value);
        }
        return body;
    }
}
