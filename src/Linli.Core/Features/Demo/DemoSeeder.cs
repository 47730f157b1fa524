using Linli.Core.Common;
using Linli.Core.Data;
using Linli.Core.Features.Accounts;
using Linli.Core.Features.Audit;
using Linli.Core.Features.Demo.Population;
using Linli.Core.Features.Hierarchy;
using Microsoft.EntityFrameworkCore;

namespace Linli.Core.Features.Demo;

/// <summary>
/// Loads the demo city on a first start (`linli serve` without --no-demo) or on `linli demo seed`:
/// the real divisions of <see cref="DemoCity"/>, one demo account per role and generated grids,
/// estates, buildings, households and residents (<see cref="SeedDemoPopulation"/>). Everything
/// generated carries IsDemo and is labelled 演示数据 in the UI.
/// </summary>
public sealed class DemoSeeder(LinliDb db, LinliPaths paths, DivisionImporter divisions, CreateAccount accounts,
    SeedDemoPopulation population, DemoOptions configured, AuditActor actor)
{
    public sealed record Summary(int Divisions, int Accounts, SeedDemoPopulation.Summary Population)
    {
        public int Households => Population.Households;
        public int Residents => Population.Residents;
    }

    // Held while a first start checks and seeds, so instances starting together seed once.
    private const long PostgresSeedLockKey = 0x4C696E6C6944;

    /// <summary>
    /// Seeds only into an empty database, so a restart never adds a second city. On PostgreSQL the
    /// check and the seeding run under an advisory lock: of several instances started at once
    /// against one empty database, the first seeds and the others wait, then find it seeded.
    /// </summary>
    public async Task<Summary?> SeedIfEmptyAsync(CancellationToken ct = default)
    {
        if (!db.IsPostgres)
        {
            return await SeedIfNoDivisionsAsync(ct);
        }
        await db.Database.OpenConnectionAsync(ct); // one session for the lock, the check and the seed
        try
        {
            await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_lock({PostgresSeedLockKey})", ct);
            try
            {
                return await SeedIfNoDivisionsAsync(ct);
            }
            finally
            {
                await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_unlock({PostgresSeedLockKey})", CancellationToken.None);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private async Task<Summary?> SeedIfNoDivisionsAsync(CancellationToken ct)
    {
        if (await db.OrgUnits.AnyAsync(ct))
        {
            return null;
        }
        var seeded = await SeedAsync(null, ct);
        return seeded.Value ?? throw new InvalidOperationException(seeded.Failure!.Message.En);
    }

    /// <summary>Seeds with the given options, or the configured ones (Demo:HouseholdsPerCommunity, Demo:Seed).</summary>
    public async Task<Result<Summary>> SeedAsync(DemoOptions? options = null, CancellationToken ct = default)
    {
        options ??= configured;
        // Checked before anything is written: a refused seed leaves the database as it was.
        if (SeedDemoPopulation.Check(options) is { } invalid)
        {
            return invalid;
        }
        if (await db.Residents.AnyAsync(ct))
        {
            return SeedDemoPopulation.AlreadyHasResidents;
        }
        actor.SuppressRowAudit = true;
        var imported = await divisions.ImportAsync(paths.DivisionFile, DemoCity.Code, ct: ct);
        var created = 0;
        foreach (var account in DemoAccounts.All)
        {
            var result = await accounts.HandleAsync(new(account.UserName, account.DisplayName, DemoAccounts.Password, account.Role, account.OrgUnitCode, IsDemo: true), ct);
            created += result.Ok ? 1 : 0;
        }
        var generated = await population.HandleAsync(DemoCity.Code, options, ct);
        if (generated.Failure is { } failure)
        {
            return failure;
        }
        var people = generated.Value!;
        db.AuditEntries.Add(AuditEntry.ForBulk(actor, AuditActions.DemoSeed,
            $"demo city {DemoCity.Code} (seed {options.Seed}): {imported.Inserted} divisions, {created} accounts, {people.Grids} grids, "
            + $"{people.Estates} estates, {people.Buildings} buildings, {people.Households} households, {people.Residents} residents"));
        await db.SaveChangesAsync(ct);
        return new Summary(imported.Inserted, created, people);
    }
}
