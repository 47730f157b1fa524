using Linli.Core.Common;
using Linli.Core.Common.Privacy;
using Linli.Core.Data;
using Linli.Core.Features.Accounts;
using Linli.Core.Features.Hierarchy;
using Linli.Core.Features.Registry.Documents;
using Microsoft.EntityFrameworkCore;

namespace Linli.Core.Features.Registry;

/// <summary>
/// Finds residents in the caller's subtree by name, full document number or phone. A name matches
/// from its start (张伟 finds 张伟华) so that PostgreSQL can answer from the text_pattern_ops index
/// of migration 0006 at province scale; "contains" (伟 finds 张伟) is asked for explicitly and scans.
/// Numbers are never compared in clear: they are normalised and matched by their keyed hash, so
/// the database sees only the hash and a wrong or foreign number simply finds nobody.
/// </summary>
public sealed class ResidentSearch(LinliDb db, FieldProtector protector)
{
    public sealed record Query(string? Name = null, string? DocumentNumber = null, string? Phone = null, bool IncludeInactive = false, int Page = 1, int PageSize = 20, bool NameContains = false);

    public sealed record Row(long Id, string Name, string DocumentMasked, string? PhoneMasked, Sex? Sex, DateOnly? BirthDate,
        ResidenceType ResidenceType, ResidentStatus Status, long? HouseholdId, string CommunityName, string Address);

    public sealed record Page(IReadOnlyList<Row> Rows, int Total, int PageNumber, int PageSize);

    public async Task<Result<Page>> HandleAsync(Caller caller, Query query, CancellationToken ct = default)
    {
        var name = query.Name?.Trim() ?? "";
        var document = DocumentNumberText.Normalize(query.DocumentNumber);
        var phoneText = query.Phone?.Trim() ?? "";
        if (name.Length == 0 && document.Length == 0 && phoneText.Length == 0)
        {
            return Failure.Invalid("name", "请输入姓名、证件号码或联系电话中的至少一项", "Enter a name, a document number or a phone number");
        }
        if (name.Length > 50)
        {
            return Failure.Invalid("name", "姓名不能超过50个字", "Name must be at most 50 characters");
        }
        if (document.Length > 40)
        {
            return Failure.Invalid("documentNumber", "证件号码过长", "The document number is too long");
        }

        var residents = db.Residents.AsNoTracking().Under(caller.Scope);
        if (!query.IncludeInactive)
        {
            residents = residents.Where(r => r.Status == ResidentStatus.Active);
        }
        if (name.Length > 0)
        {
            var pattern = query.NameContains ? $"%{EscapeLike(name)}%" : $"{EscapeLike(name)}%";
            residents = residents.Where(r => EF.Functions.Like(r.Name, pattern, LikeEscape));
        }
        if (document.Length > 0)
        {
            var hash = protector.Hash(document);
            residents = residents.Where(r => r.DocumentHash == hash);
        }
        if (phoneText.Length > 0)
        {
            var phone = PhoneNumber.Validate(phoneText);
            if (!phone.IsValid)
            {
                return new Failure(FailureKind.Invalid, phone.Error!, "phone");
            }
            var hash = protector.Hash(phone.Normalized);
            residents = residents.Where(r => r.PhoneHash == hash);
        }

        var size = Math.Clamp(query.PageSize, 1, 100);
        var number = Math.Max(query.Page, 1);
        var total = await residents.CountAsync(ct);
        var contact = caller.Role.SeesContactFields();
        // Ordered by Name || '' rather than Name: with a plain ORDER BY "Name" LIMIT 20, PostgreSQL
        // walks the whole name index in order and filters (1.8 s over 1,000,000 residents for a
        // two-character prefix); the expression makes it fetch the matches from the prefix index
        // and sort those few instead.
        var rows = await residents.OrderBy(r => r.Name + "").ThenBy(r => r.Id).Skip(Paging.Skip(number, size)).Take(size)
            .Select(r => new
            {
                r.Id, r.Name, r.DocumentMasked, r.PhoneMasked, r.Sex, r.BirthDate, r.ResidenceType, r.Status, r.HouseholdId,
                Community = db.OrgUnits.Where(o => o.Id == r.CommunityId).Select(o => o.Name).FirstOrDefault(),
                Estate = r.Household!.Estate!.Name,
                Building = r.Household.Building!.Name,
                Entrance = r.Household.Entrance,
                Room = r.Household.Room,
            })
            .ToListAsync(ct);
        return new Page(
            rows.Select(r => new Row(r.Id, r.Name, r.DocumentMasked, contact ? r.PhoneMasked : null, r.Sex, r.BirthDate, r.ResidenceType, r.Status, r.HouseholdId,
                r.Community ?? "", RegistryRules.AddressLine(r.Estate, r.Building, r.Entrance ?? "", r.Room ?? "", contact))).ToList(),
            total, number, size);
    }

    private const string LikeEscape = "\\";

    /// <summary>A typed % or _ is a character of the name, not a wildcard.</summary>
    private static string EscapeLike(string text) =>
        text.Replace(LikeEscape, LikeEscape + LikeEscape).Replace("%", LikeEscape + "%").Replace("_", LikeEscape + "_");
}
