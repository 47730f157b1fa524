using Linli.Core.Common;
using Linli.Core.Data;
using Linli.Core.Features.Accounts;
using Linli.Core.Features.Audit;
using Linli.Core.Features.Hierarchy;
using Microsoft.EntityFrameworkCore;

namespace Linli.Core.Features.Demo;

/// <summary>
/// Loads the demo city on a first start (`linli serve` without --no-demo) or on `linli demo seed`:
/// the real divisions of <see cref="DemoCity"/>, one demo account per role and generated
/// households and residents. Everything generated carries IsDemo and is labelled 演示数据 in the UI.
/// </summary>
public sealed class DemoSeeder(LinliDb db, LinliPaths paths, DivisionImporter divisions, CreateAccount accounts, AuditActor actor)
{
    public sealed record Summary(int Divisions, int Accounts, int Households, int Residents);

    /// <summary>Seeds only into an empty database, so a restart never adds a second city.</summary>
    public async Task<Summary?> SeedIfEmptyAsync(CancellationToken ct = default)
    {
        if (await db.OrgUnits.AnyAsync(ct))
        {
            return null;
        }
        return await SeedAsync(ct);
    }

    public async Task<Summary> SeedAsync(CancellationToken ct = default)
    {
        actor.SuppressRowAudit = true;
        var imported = await divisions.ImportAsync(paths.DivisionFile, DemoCity.Code, ct: ct);
        var created = 0;
        foreach (var account in DemoAccounts.All)
        {
            var result = await accounts.HandleAsync(new(account.UserName, account.DisplayName, DemoAccounts.Password, account.Role, account.OrgUnitCode, IsDemo: true), ct);
            created += result.Ok ? 1 : 0;
        }
        db.AuditEntries.Add(AuditEntry.ForBulk(actor, AuditActions.DemoSeed, $"demo city {DemoCity.Code}: {imported.Inserted} divisions, {created} accounts"));
        await db.SaveChangesAsync(ct);
        return new Summary(imported.Inserted, created, 0, 0);
    }
}
