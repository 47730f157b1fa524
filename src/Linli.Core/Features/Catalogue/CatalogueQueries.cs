using Linli.Core.Common;
using Linli.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Linli.Core.Features.Catalogue;

/// <summary>The catalogue as the public pages and the API read it. Public: it holds no personal data.</summary>
public sealed class CatalogueQueries(LinliDb db)
{
    public static readonly Failure NotFound = Failure.NotFound("未找到该办事事项", "Catalogue item not found");

    public async Task<IReadOnlyList<CatalogueItem>> ListAsync(bool includeInactive = false, CancellationToken ct = default) =>
        await db.CatalogueItems.AsNoTracking().Where(i => includeInactive || i.Active).OrderBy(i => i.Code).ToListAsync(ct);

    public async Task<Result<CatalogueItem>> GetAsync(string? code, bool includeInactive = false, CancellationToken ct = default)
    {
        var trimmed = code?.Trim() ?? "";
        var item = trimmed.Length == 0 ? null
            : await db.CatalogueItems.AsNoTracking().FirstOrDefaultAsync(i => i.Code == trimmed && (includeInactive || i.Active), ct);
        return item is null ? NotFound : item;
    }
}
