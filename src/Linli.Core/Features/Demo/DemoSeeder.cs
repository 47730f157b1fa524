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
    SeedDemoPopulation population, DemoOptions configured, AuditActor actor, Requests.SeedDemoRequests requests,
    Admission.AdmissionDemo admission, Catalogue.SeedDemoApplications applications, Common.Privacy.FieldProtector protector)
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
        await new Open311.Open311Keys(db, actor.Clock).IssueAsync("演示系统（演示）/ demo system", DemoCity.Code, canSubmit: true, Open311.Open311Keys.DemoKey, isDemo: true, ct);
        var generated = await population.HandleAsync(DemoCity.Code, options, ct);
        if (generated.Failure is { } failure)
        {
            return failure;
        }
        var people = generated.Value!;
        var demoRequests = options.HouseholdsPerCommunity > 0 ? await requests.HandleAsync(DemoCity.Code, options.Seed, ct) : 0; // requests come with the demo population
        await new Facilities.DemoFacilities(db, actor.Clock).SeedAsync(DemoCity.Code, options.Seed, ct);
        var workers = await new Workers.DemoWorkers(db, protector, actor.Clock).SeedAsync(DemoCity.Code, options.Seed, ct);
        await admission.SeedAsync(ct);
        var demoApplications = options.HouseholdsPerCommunity > 0 ? await applications.HandleAsync(DemoCity.Code, options.Seed, ct) : 0; // 办件 come with the demo population
        db.AuditEntries.Add(AuditEntry.ForBulk(actor, AuditActions.DemoSeed,
            $"demo city {DemoCity.Code} (seed {options.Seed}): {imported.Inserted} divisions, {created} accounts, {demoRequests} requests, {demoApplications} applications, {workers} workers, {people.Grids} grids, "
            + $"{people.Estates} estates, {people.Buildings} buildings, {people.Households} households, {people.Residents} residents"));
        await db.SaveChangesAsync(ct);
        return new Summary(imported.Inserted, created, people);
    }

    /// <summary>
    /// `demo seed --province CODE --residents N`: the divisions under CODE (imported if missing) and
    /// N generated residents over its committees, committed in chunks (see
    /// <see cref="SeedDemoPopulation.HandleResidentsAsync"/>). No accounts: this is bench data.
    /// </summary>
    public async Task<Result<Summary>> SeedProvinceAsync(string code, long residents, int seed, IProgress<int>? progress = null, CancellationToken ct = default)
    {
        if (code.Length is < 2 or > 12 || !code.All(char.IsAsciiDigit))
        {
            return Failure.Invalid("province", $"区划代码应为2到12位数字（如 41 或 4111），收到“{code}”",
                $"The division code must be 2 to 12 digits (e.g. 41 or 4111); got \"{code}\"");
        }
        if (residents is < 1 or > MaxResidents)
        {
            return Failure.Invalid("residents", $"居民数应在1到{MaxResidents:N0}之间，收到{residents}",
                $"The number of residents must be between 1 and {MaxResidents:N0}; got {residents}");
        }
        if (await db.Residents.AnyAsync(ct))
        {
            return SeedDemoPopulation.AlreadyHasResidents;
        }
        actor.SuppressRowAudit = true;
        var imported = 0;
        if (!await db.OrgUnits.AnyAsync(u => u.Code == code, ct))
        {
            imported = (await divisions.ImportAsync(paths.DivisionFile, code, ct: ct)).Inserted;
            if (!await db.OrgUnits.AnyAsync(u => u.Code == code, ct))
            {
                return Failure.Invalid("province", $"区划代码 {code} 不在区划文件中", $"Division code {code} is not in the division file");
            }
        }
        var generated = await population.HandleResidentsAsync(code, residents, seed, progress, ct: ct);
        if (generated.Failure is { } failure)
        {
            return failure;
        }
        var people = generated.Value!;
        db.AuditEntries.Add(AuditEntry.ForBulk(actor, AuditActions.DemoSeed,
            $"demo residents under {code} (seed {seed}): {imported} divisions, {people.Grids} grids, {people.Estates} estates, "
            + $"{people.Buildings} buildings, {people.Households} households, {people.Residents} residents"));
        await db.SaveChangesAsync(ct);
        return new Summary(imported, 0, people);
    }

    /// <summary>A large province (河南 holds about 100 million people); the bound only catches typos.</summary>
    public const long MaxResidents = 200_000_000;
}
