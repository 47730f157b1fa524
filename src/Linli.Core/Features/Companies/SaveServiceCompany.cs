using Linli.Core.Common;
using Linli.Core.Data;
using Linli.Core.Features.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Linli.Core.Features.Companies;

public sealed record PriceLineDraft(string? Item, string? Unit, decimal? PriceYuan);

/// <summary>A company as the registry form or API sends it: categories and areas by code, prices in yuan.</summary>
public sealed record CompanyDraft(string? Name, string? Contact, IReadOnlyList<string>? CategoryCodes, IReadOnlyList<string>? AreaCodes,
    IReadOnlyList<PriceLineDraft>? Prices, bool Active = true, int? Version = null);

/// <summary>
/// Registers a member service company or updates one (all fields replaced; Version guards
/// concurrent edits). Only the civil affairs bureau and street offices keep the registry, and every
/// service area must lie inside their own area. Nothing is written when any field is wrong.
/// </summary>
public sealed class SaveServiceCompany(LinliDb db, TimeProvider clock)
{
    public const int MaxPriceLines = 50;

    public static bool MayManage(Role role) => role is Role.CivilAffairs or Role.StreetOffice;

    public async Task<Result<ServiceCompany>> HandleAsync(Caller caller, long? id, CompanyDraft draft, CancellationToken ct = default)
    {
        if (!MayManage(caller.Role))
        {
            return Failure.Forbidden("当前角色不能维护加盟企业", "Your role may not manage service companies");
        }
        var name = draft.Name?.Trim() ?? "";
        if (name.Length is 0 or > 100)
        {
            return Failure.Invalid("name", "请填写企业名称（1–100个字）", "Enter the company name (1–100 characters)");
        }
        var contact = draft.Contact?.Trim() ?? "";
        if (contact.Length is 0 or > 100)
        {
            return Failure.Invalid("contact", "请填写联系方式（1–100个字，如值班电话）", "Enter a contact (1–100 characters, e.g. the duty phone)");
        }
        var codes = (draft.CategoryCodes ?? []).Select(c => c.Trim()).Where(c => c.Length > 0).Distinct().ToList();
        var categories = await db.RequestCategories.AsNoTracking().Where(c => codes.Contains(c.Code) && c.Active).ToListAsync(ct);
        if (codes.Count == 0 || categories.Count != codes.Count)
        {
            var unknown = codes.Except(categories.Select(c => c.Code)).FirstOrDefault();
            return Failure.Invalid("categories", unknown is null ? "请至少选择一个服务类别" : $"服务类别代码“{unknown}”不存在",
                unknown is null ? "Choose at least one category" : $"Category code “{unknown}” does not exist");
        }
        var areaCodes = (draft.AreaCodes ?? []).Select(c => c.Trim()).Where(c => c.Length > 0).Distinct().ToList();
        var areas = await db.OrgUnits.AsNoTracking().Where(o => areaCodes.Contains(o.Code)).Select(o => new { o.Code, o.Path }).ToListAsync(ct);
        var outside = areaCodes.FirstOrDefault(code => areas.FirstOrDefault(a => a.Code == code) is not { } a || !caller.CanSee(a.Path));
        if (areaCodes.Count == 0 || outside is not null)
        {
            return Failure.Invalid("areas", outside is null ? "请至少填写一个服务区域（街道或社区代码）" : $"服务区域“{outside}”不存在或不在您的管辖范围内",
                outside is null ? "Give at least one service area (a street or community code)" : $"Service area “{outside}” does not exist or is outside your area");
        }
        var prices = new List<ServiceCompanyPrice>();
        foreach (var (line, row) in (draft.Prices ?? []).Select((p, i) => (p, i + 1)))
        {
            var item = line.Item?.Trim() ?? "";
            var unit = line.Unit?.Trim() ?? "";
            if (item.Length is 0 or > 100 || unit.Length is 0 or > 20 || line.PriceYuan is not { } yuan || yuan < 0 || yuan > 1_000_000 || decimal.Round(yuan, 2) != yuan)
            {
                return Failure.Invalid("prices", $"价目表第{row}行：请填写项目（≤100字）、单位（≤20字）和价格（0–1000000元，最多两位小数）",
                    $"Price list line {row}: give an item (≤100 chars), a unit (≤20 chars) and a price (0–1,000,000 yuan, at most 2 decimals)");
            }
            prices.Add(new ServiceCompanyPrice { Item = item, Unit = unit, PriceFen = (long)(yuan * 100) });
        }
        if (prices.Count > MaxPriceLines)
        {
            return Failure.Invalid("prices", $"价目表最多{MaxPriceLines}行", $"At most {MaxPriceLines} price lines");
        }

        ServiceCompany company;
        if (id is { } existing)
        {
            var found = await db.ServiceCompanies.Include(c => c.Categories).Include(c => c.Areas).Include(c => c.Prices).FirstOrDefaultAsync(c => c.Id == existing, ct);
            if (found is null || !found.Areas.Any(a => caller.CanSee(a.PathPrefix)))
            {
                return CompanyQueries.NotFound;
            }
            if (!CompanyQueries.ManagesWholeArea(caller, found))
            {
                return CompanyQueries.ServesBeyondYourArea;
            }
            if (draft.Version != found.Version)
            {
                return Failure.ConcurrentEdit;
            }
            company = found;
            // Only the child rows may change (prices, say): mark the company itself modified so its
            // Version is checked and bumped, or two such edits would both pass and one be lost.
            db.Entry(company).State = EntityState.Modified;
            company.Categories.Clear();
            company.Areas.Clear();
            company.Prices.Clear();
        }
        else
        {
            company = new ServiceCompany { Name = name, Contact = contact, CreatedAt = clock.GetUtcNow().UtcDateTime };
            db.ServiceCompanies.Add(company);
        }
        if (await db.ServiceCompanies.AnyAsync(c => c.Name == name && c.Id != company.Id, ct))
        {
            return Failure.Conflict($"已有名为“{name}”的加盟企业", $"A service company named “{name}” already exists");
        }
        (company.Name, company.Contact, company.Active) = (name, contact, draft.Active);
        company.Categories.AddRange(categories.Select(c => new ServiceCompanyCategory { CategoryId = c.Id }));
        company.Areas.AddRange(areas.Select(a => new ServiceCompanyArea { PathPrefix = a.Path }));
        company.Prices.AddRange(prices);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Failure.ConcurrentEdit;
        }
        return company;
    }
}
