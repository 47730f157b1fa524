using System.Security.Cryptography;
using System.Text;
using Linli.Core.Common;
using Linli.Core.Data;
using Linli.Core.Features.Accounts;
using Linli.Core.Features.Hierarchy;
using Microsoft.EntityFrameworkCore;

namespace Linli.Core.Features.Open311;

/// <summary>The holder of a valid API key, as the Open311 use cases see it.</summary>
public sealed record Open311Client(long KeyId, string Owner, long OrgUnitId, OrgPath Scope, bool CanSubmit)
{
    /// <summary>
    /// The key acting as an intake desk: requests it files enter the workflow on the API channel,
    /// within the key's area, the way a hotline operator's would (it does not route them itself).
    /// </summary>
    public Caller AsCaller() => new($"open311:{KeyId}", $"Open311：{Owner}", Role.HotlineOperator, OrgUnitId, Scope);
}

/// <summary>Issuing and checking Open311 API keys (see <see cref="Open311ApiKey"/>).</summary>
public sealed class Open311Keys(LinliDb db, TimeProvider clock)
{
    /// <summary>The demo key, listed in the README beside the demo accounts. Demo data only.</summary>
    public const string DemoKey = "demo-open311-key";

    public static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key.Trim()));

    public static string NewKey() => "o311_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(20));

    public async Task<Open311Client?> FindAsync(string? key, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(key) || key.Length > 200)
        {
            return null;
        }
        var hash = Hash(key);
        var row = await db.Open311ApiKeys.AsNoTracking().FirstOrDefaultAsync(k => k.KeyHash == hash && k.Active, ct);
        return row is null ? null : new(row.Id, row.Owner, row.OrgUnitId, new OrgPath(row.Path), row.CanSubmit);
    }

    /// <summary>Issues a key for a unit; the plain key is returned once and never stored.</summary>
    public async Task<Result<string>> IssueAsync(string? owner, string? unitCode, bool canSubmit, string? fixedKey = null, bool isDemo = false, CancellationToken ct = default)
    {
        var name = owner?.Trim() ?? "";
        if (name.Length is 0 or > 100)
        {
            return Failure.Invalid("owner", "请填写密钥持有方（1–100个字）", "Name the key holder (1–100 characters)");
        }
        var unit = string.IsNullOrWhiteSpace(unitCode) ? null : await db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(o => o.Code == unitCode.Trim(), ct);
        if (unit is null)
        {
            return Failure.Invalid("unit", $"单位代码“{unitCode}”不存在", $"Unit code “{unitCode}” does not exist");
        }
        var key = fixedKey ?? NewKey();
        var hash = Hash(key);
        if (await db.Open311ApiKeys.AnyAsync(k => k.KeyHash == hash, ct))
        {
            return Failure.Conflict("该密钥已存在", "This key already exists");
        }
        db.Open311ApiKeys.Add(new Open311ApiKey
        {
            KeyHash = hash, Owner = name, OrgUnitId = unit.Id, Path = unit.Path, CanSubmit = canSubmit,
            IsDemo = isDemo, CreatedAt = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(ct);
        return key;
    }

    public sealed record KeyRow(long Id, string Owner, string Path, bool CanSubmit, bool Active, bool IsDemo, DateTime CreatedAt);

    public async Task<IReadOnlyList<KeyRow>> ListAsync(CancellationToken ct = default) =>
        await db.Open311ApiKeys.AsNoTracking().OrderBy(k => k.Id)
            .Select(k => new KeyRow(k.Id, k.Owner, k.Path, k.CanSubmit, k.Active, k.IsDemo, k.CreatedAt)).ToListAsync(ct);

    /// <summary>Stops a key at once (a leaked or retired key); the row stays for the audit trail.</summary>
    public async Task<Failure?> RevokeAsync(long id, CancellationToken ct = default)
    {
        var key = await db.Open311ApiKeys.FirstOrDefaultAsync(k => k.Id == id, ct);
        if (key is null)
        {
            return Failure.NotFound($"没有编号为 {id} 的密钥", $"There is no key with id {id}");
        }
        if (!key.Active)
        {
            return Failure.Conflict($"密钥 {id} 已经停用", $"Key {id} is already revoked");
        }
        key.Active = false;
        await db.SaveChangesAsync(ct);
        return null;
    }
}
