using Linli.Core.Common;
using Linli.Core.Data;
using Linli.Core.Features.Requests;
using Microsoft.EntityFrameworkCore;

namespace Linli.Core.Features.Open311;

/// <summary>One Open311 service: a leaf of the request category tree; group is its parent's name.</summary>
public sealed record Open311Service(RequestCategory Category, RequestCategory? Parent);

/// <summary>An attribute of a service definition (GeoReport v2 "attributes").</summary>
public sealed record Open311Field(string Code, string Datatype, bool Required, int Order, Bilingual Description, IReadOnlyList<(string Key, Bilingual Name)> Values);

/// <summary>
/// Maps the request category tree onto Open311 services. Only leaves are services (a top-level
/// category without active children is its own leaf), because requests are filed under leaves.
/// </summary>
public sealed class Open311Catalog(LinliDb db)
{
    /// <summary>
    /// What every Linli service accepts beyond the standard GeoReport fields: where exactly the
    /// problem is (a community, grid or building code, which beats an address) and whether the
    /// resident wants status updates.
    /// </summary>
    public static readonly IReadOnlyList<Open311Field> Attributes =
    [
        new("place_code", "string", false, 1,
            new("发生地的社区、网格或楼栋代码（如 411102001001）；未填时按 address_string 或密钥所属社区定位",
                "Code of the community, grid or building where it happens (e.g. 411102001001); without it the address_string or the key's own community places the request"),
            []),
        new("notify", "singlevaluelist", false, 2,
            new("办理状态变化时是否通知居民（须同时提供电话）", "Tell the resident when the status changes (needs a phone number)"),
            [("yes", new("通知", "Notify")), ("no", new("不通知", "Do not notify"))]),
    ];

    public async Task<IReadOnlyList<Open311Service>> ServicesAsync(CancellationToken ct = default)
    {
        var all = await db.RequestCategories.AsNoTracking().Where(c => c.Active).OrderBy(c => c.Code).ToListAsync(ct);
        var parents = all.Where(c => c.ParentId is not null).Select(c => c.ParentId!.Value).ToHashSet();
        var byId = all.ToDictionary(c => c.Id);
        return all.Where(c => !parents.Contains(c.Id))
            .Select(c => new Open311Service(c, c.ParentId is { } p && byId.TryGetValue(p, out var parent) ? parent : null))
            .ToList();
    }

    public async Task<Open311Service?> ServiceAsync(string? code, CancellationToken ct = default) =>
        string.IsNullOrWhiteSpace(code) ? null : (await ServicesAsync(ct)).FirstOrDefault(s => s.Category.Code == code.Trim());
}
