using System.Data.Common;
using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Linli.Core.Common;
using Linli.Core.Common.Privacy;
using Linli.Core.Data;
using Linli.Core.Features.Hierarchy;
using Linli.Core.Features.Registry;
using Microsoft.EntityFrameworkCore;

namespace Linli.Core.Features.Demo.Population;

/// <summary>
/// Generates grids, estates, buildings, households and residents (演示数据) for every committee
/// under a division code, all in one transaction: either the whole city is there or nothing is.
/// Refuses a database that already holds residents, so demo people never mix with real ones.
/// Committees that already have grids or buildings are left alone.
/// </summary>
public sealed class SeedDemoPopulation(LinliDb db, FieldProtector protector, RegionDirectory regions, TimeProvider clock)
{
    private static readonly string[] Tables = ["org_units", "estates", "households", "residents", "resident_tags", "resident_events"];

    public sealed record Summary(int Committees, int Grids, int Estates, int Buildings, int Households, int Residents, int Tags)
    {
        public static readonly Summary Empty = new(0, 0, 0, 0, 0, 0, 0);
    }

    public static readonly Failure AlreadyHasResidents = Failure.Conflict(
        "数据库中已有居民，不能再加载演示数据（演示数据只加载到没有居民的数据库，以免与真实数据混在一起）",
        "The database already holds residents; demo data is only loaded into a database without residents, so it never mixes with real data");

    public static Failure? Check(DemoOptions options) =>
        options.HouseholdsPerCommunity is < 0 or > DemoOptions.MaxHouseholdsPerCommunity
            ? Failure.Invalid("householdsPerCommunity",
                $"每个社区的户数应在0到{DemoOptions.MaxHouseholdsPerCommunity}之间，收到{options.HouseholdsPerCommunity}",
                $"Households per community must be between 0 and {DemoOptions.MaxHouseholdsPerCommunity}; got {options.HouseholdsPerCommunity}")
            : null;

    public async Task<Result<Summary>> HandleAsync(string divisionCode, DemoOptions options, CancellationToken ct = default)
    {
        if (Check(options) is { } invalid)
        {
            return invalid;
        }
        if (await db.Residents.AnyAsync(ct))
        {
            return AlreadyHasResidents;
        }
        if (options.HouseholdsPerCommunity == 0)
        {
            return Summary.Empty;
        }
        var committees = await CommitteesAsync(divisionCode, ct);
        var generator = new DemoPopulationGenerator(protector, regions, options, clock.GetUtcNow().UtcDateTime);
        return await WriteAsync(committees.Count, generator, generator.Generate(committees), residentsPerTransaction: int.MaxValue, progress: null, ct);
    }

    /// <summary>Residents per transaction of a province seed: enough to amortise, few enough to keep any one transaction small.</summary>
    public const int ResidentsPerChunk = 100_000;

    /// <summary>
    /// Province scale (`demo seed --province CODE --residents N`): exactly N residents spread evenly
    /// over the committees under the code, committed every <see cref="ResidentsPerChunk"/> residents
    /// so ten million never sit in one transaction. Generation streams committee by committee, so
    /// memory stays flat. A run that fails part way keeps the chunks already committed (all marked
    /// IsDemo); rerunning needs an empty registry again.
    /// </summary>
    public async Task<Result<Summary>> HandleResidentsAsync(string divisionCode, long residents, int seed, IProgress<int>? progress = null,
        int residentsPerChunk = ResidentsPerChunk, CancellationToken ct = default)
    {
        if (await db.Residents.AnyAsync(ct))
        {
            return AlreadyHasResidents;
        }
        var committees = await CommitteesAsync(divisionCode, ct);
        if (committees.Count == 0)
        {
            return Failure.Invalid("province", $"区划代码 {divisionCode} 下没有社区（村）", $"There are no committees under division code {divisionCode}");
        }
        if (residents > (long)committees.Count * MaxResidentsPerCommittee)
        {
            return Failure.Invalid("residents",
                $"{divisionCode} 下只有 {committees.Count} 个社区（村），每个最多 {MaxResidentsPerCommittee} 人，居民数不能超过 {(long)committees.Count * MaxResidentsPerCommittee}",
                $"{divisionCode} has {committees.Count} committees of at most {MaxResidentsPerCommittee} residents each; at most {(long)committees.Count * MaxResidentsPerCommittee} residents");
        }
        var generator = new DemoPopulationGenerator(protector, regions, new DemoOptions(0, seed), clock.GetUtcNow().UtcDateTime);
        // Even shares, the remainder spread one by one, so the total is exactly N.
        var shares = committees.Select((c, i) => (Committee: c,
            Residents: (int)(residents * (i + 1) / committees.Count - residents * i / committees.Count)));
        return await WriteAsync(committees.Count, generator, shares.Select(s => generator.GenerateResidents(s.Committee, s.Residents)),
            residentsPerChunk, progress, ct);
    }

    /// <summary>About the size of a large urban community (社区); the demo addresses stay plausible below it.</summary>
    public const int MaxResidentsPerCommittee = 10_000;

    private async Task<Result<Summary>> WriteAsync(int committeeCount, DemoPopulationGenerator generator, IEnumerable<CommunityPopulation> populations,
        int residentsPerTransaction, IProgress<int>? progress, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        var connection = db.Database.GetDbConnection();
        DbTransaction? tx = null;
        DemoPopulationWriter? writer = null;
        int grids = 0, estates = 0, buildings = 0, households = 0, residents = 0, tags = 0;
        try
        {
            await foreach (var population in GenerateAheadAsync(populations, ct))
            {
                if (writer is null)
                {
                    tx = await connection.BeginTransactionAsync(ct);
                    writer = await StartChunkAsync(connection, tx, generator, ct);
                }
                await writer.WriteAsync(population, ct);
                (grids, estates, buildings, households) = (grids + population.Grids.Count, estates + population.Estates.Count,
                    buildings + population.Buildings.Count, households + population.Households.Count);
                if (writer.Residents >= residentsPerTransaction)
                {
                    await CommitChunkAsync(connection, tx!, writer, ct);
                    (residents, tags) = (residents + writer.Residents, tags + writer.Tags); // counted once flushed
                    (writer, tx) = (null, null);
                    progress?.Report(residents);
                }
            }
            if (writer is null) // nothing generated, or the last chunk ended exactly on a committee
            {
                tx = await connection.BeginTransactionAsync(ct);
                writer = await StartChunkAsync(connection, tx, generator, ct);
            }
            await CommitChunkAsync(connection, tx!, writer, ct);
            (residents, tags) = (residents + writer.Residents, tags + writer.Tags);
            (writer, tx) = (null, null);
            progress?.Report(residents);
            if (db.IsPostgres)
            {
                // Autovacuum would analyse the tables only later; until then the planner thinks
                // they are nearly empty and picks the path index for a phone lookup (measured:
                // 25 ms instead of 0.1 ms over 50,000 residents).
                await ExecuteAsync(connection, null, $"ANALYZE {string.Join(", ", Tables)}", ct);
            }
            else
            {
                await ExecuteAsync(connection, null, "PRAGMA cache_size = -2000", ct);
            }
            return new Summary(committeeCount, grids, estates, buildings, households, residents, tags);
        }
        finally
        {
            if (writer is not null)
            {
                await writer.DisposeAsync();
            }
            if (tx is not null)
            {
                await tx.DisposeAsync(); // not committed: rolled back
            }
            await db.Database.CloseConnectionAsync();
        }
    }

    private async Task<DemoPopulationWriter> StartChunkAsync(DbConnection connection, DbTransaction tx, DemoPopulationGenerator generator, CancellationToken ct)
    {
        if (db.IsPostgres)
        {
            // Ids are given by the writer, so nobody else may insert until the sequences are moved on.
            await ExecuteAsync(connection, tx, $"LOCK TABLE {string.Join(", ", Tables)} IN EXCLUSIVE MODE", ct);
        }
        else
        {
            // Random hashes make the unique index writes land all over the file; with the default
            // 2 MB page cache SQLite would spill pages to disk mid-transaction. 64 MB holds a city;
            // the connection goes back to the pool afterwards, so the default is restored at the end.
            await ExecuteAsync(connection, tx, "PRAGMA cache_size = -65536", ct);
        }
        var next = await NextIdsAsync(connection, tx, ct);
        return new DemoPopulationWriter(connection, tx, manyRowsPerStatement: db.IsPostgres, next, generator.RegisteredEvent);
    }

    private async Task CommitChunkAsync(DbConnection connection, DbTransaction tx, DemoPopulationWriter writer, CancellationToken ct)
    {
        await writer.FlushAsync(ct);
        await writer.DisposeAsync();
        if (db.IsPostgres)
        {
            foreach (var table in Tables)
            {
                await ExecuteAsync(connection, tx, $"SELECT setval(pg_get_serial_sequence('{table}', 'Id'), (SELECT MAX(\"Id\") FROM {table}))", ct);
            }
        }
        await tx.CommitAsync(ct);
        await tx.DisposeAsync();
    }

    /// <summary>
    /// Generates on a second thread while this one writes: encryption and hashing cost about as
    /// much as the inserts, so on two cores this nearly halves the time. Committees stay in order
    /// (one producer), which keeps the output deterministic; a few committees are held in memory.
    /// </summary>
    private static async IAsyncEnumerable<CommunityPopulation> GenerateAheadAsync(IEnumerable<CommunityPopulation> populations,
        [EnumeratorCancellation] CancellationToken ct)
    {
        var channel = Channel.CreateBounded<CommunityPopulation>(new BoundedChannelOptions(16) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var producer = Task.Run(async () =>
        {
            try
            {
                foreach (var population in populations)
                {
                    await channel.Writer.WriteAsync(population, stop.Token);
                }
                channel.Writer.Complete();
            }
            catch (Exception ex)
            {
                channel.Writer.Complete(ex);
            }
        }, stop.Token);
        try
        {
            await foreach (var population in channel.Reader.ReadAllAsync(ct))
            {
                yield return population;
            }
        }
        finally
        {
            // If the writer failed, the producer may wait on a full channel: stop it before leaving.
            await stop.CancelAsync();
            await producer.ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
        }
    }

    private Task<List<DemoCommittee>> CommitteesAsync(string divisionCode, CancellationToken ct) => CommitteesAsync(db, divisionCode, withGrids: false, ct);

    /// <summary>The committees (社区/村) under a division code, in code order; those without grids yet unless <paramref name="withGrids"/>.</summary>
    internal static async Task<List<DemoCommittee>> CommitteesAsync(LinliDb db, string divisionCode, bool withGrids, CancellationToken ct)
    {
        // Code order keeps each county's committees together (see DemoIdNumbers).
        return await db.OrgUnits
            .Where(o => o.Kind == OrgUnitKind.Community && o.Code.StartsWith(divisionCode)
                && (withGrids || !db.OrgUnits.Any(child => child.ParentId == o.Id)))
            .OrderBy(o => o.Code)
            .Select(o => new DemoCommittee(o.Id, o.Code, o.Path, o.Depth, o.CommitteeType))
            .ToListAsync(ct);
    }

    private static async Task<NextIds> NextIdsAsync(DbConnection connection, DbTransaction tx, CancellationToken ct)
    {
        var max = new long[Tables.Length];
        await using var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = "SELECT " + string.Join(", ", Tables.Select(t => $"(SELECT COALESCE(MAX(\"Id\"), 0) FROM {t})"));
        await using (var reader = await cmd.ExecuteReaderAsync(ct))
        {
            await reader.ReadAsync(ct);
            for (var i = 0; i < Tables.Length; i++)
            {
                max[i] = reader.GetInt64(i);
            }
        }
        return new NextIds
        {
            OrgUnit = max[0] + 1, Estate = max[1] + 1, Household = max[2] + 1, Resident = max[3] + 1, Tag = max[4] + 1, Event = max[5] + 1,
        };
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction? tx, string sql, CancellationToken ct)
    {
        await using var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        await cmd.ExecuteNonQueryAsync(ct);
    }
}
