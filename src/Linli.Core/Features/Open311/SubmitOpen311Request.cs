using Linli.Core.Common;
using Linli.Core.Data;
using Linli.Core.Features.Hierarchy;
using Linli.Core.Features.Requests;
using Microsoft.EntityFrameworkCore;

namespace Linli.Core.Features.Open311;

/// <summary>
/// The POST requests fields of GeoReport v2 that Linli reads. Email becomes the request's contact email for
/// notifications (encrypted like the phone); device_id is not kept.
/// </summary>
public sealed record Open311Submission(
    string? ServiceCode, string? Latitude, string? Longitude, string? AddressString, string? Description,
    string? FirstName, string? LastName, string? Phone, IReadOnlyDictionary<string, string> Attributes, string? Email = null);

/// <summary>
/// POST requests: turns a GeoReport submission into a <see cref="RequestDraft"/> on the API channel
/// and hands it to <see cref="CreateRequest"/>, so the request is numbered, timed, checked for
/// duplicates and waits for dispatch like any other. What Open311 adds is placing it: the
/// place_code attribute, else a community, grid or estate named in address_string, else the key's
/// own unit when that is a community or below. Failures name the Open311 parameter.
/// </summary>
public sealed class SubmitOpen311Request(LinliDb db, CreateRequest create)
{
    public async Task<Result<CreatedRequest>> HandleAsync(Open311Client client, Open311Submission form, CancellationToken ct = default)
    {
        if (!client.CanSubmit)
        {
            return Failure.Forbidden("该 api_key 只能查询，不能提交诉求", "This api_key may read but not submit requests");
        }
        if (string.IsNullOrWhiteSpace(form.ServiceCode))
        {
            return Failure.Invalid("service_code", "缺少 service_code（服务代码）", "service_code is required");
        }
        var code = form.ServiceCode.Trim();
        if (!await db.RequestCategories.AnyAsync(c => c.Code == code && c.Active, ct))
        {
            return Failure.Invalid("service_code", $"service_code“{code}”不存在（可用的服务见 services.json）", $"service_code “{code}” does not exist (see services.json)");
        }
        var latitude = Number(form.Latitude, "lat", "纬度", "latitude");
        var longitude = Number(form.Longitude, "long", "经度", "longitude");
        if ((latitude.Failure ?? longitude.Failure) is { } badNumber)
        {
            return badNumber;
        }
        var notify = form.Attributes.GetValueOrDefault("notify")?.Trim();
        if (notify is not (null or "" or "yes" or "no"))
        {
            return Failure.Invalid("attribute[notify]", "attribute[notify] 只能是 yes 或 no", "attribute[notify] must be yes or no");
        }
        var place = await PlaceCodeAsync(client, form, latitude.Value.HasValue, ct);
        if (!place.Ok)
        {
            return place.Failure!;
        }
        var name = string.Concat(form.LastName?.Trim(), form.FirstName?.Trim());
        var draft = new RequestDraft(RequestChannel.Api, code, place.Value, form.Description,
            ContactName: name.Length == 0 ? null : name, Phone: form.Phone, Address: form.AddressString,
            Latitude: latitude.Value, Longitude: longitude.Value, NotifyOptIn: notify == "yes", ContactEmail: form.Email);
        var created = await create.HandleAsync(client.AsCaller(), draft, ct);
        return created.Failure is { } failure ? Renamed(failure) : created;
    }

    private async Task<Result<string?>> PlaceCodeAsync(Open311Client client, Open311Submission form, bool hasCoordinates, CancellationToken ct)
    {
        if (form.Attributes.GetValueOrDefault("place_code") is { Length: > 0 } code)
        {
            return code.Trim();
        }
        if (!string.IsNullOrWhiteSpace(form.AddressString) && await NamedInAddressAsync(client, form.AddressString.Trim(), ct) is { } named)
        {
            return named;
        }
        var own = await db.OrgUnits.AsNoTracking().FirstAsync(o => o.Id == client.OrgUnitId, ct);
        if (own.Kind >= OrgUnitKind.Community && (hasCoordinates || !string.IsNullOrWhiteSpace(form.AddressString)))
        {
            return own.Code;
        }
        return Failure.Invalid("address_string",
            "无法确定诉求发生地：请提供 attribute[place_code]（社区、网格或楼栋代码），或在 address_string 中写明社区、网格或小区名称",
            "Cannot place the request: send attribute[place_code] (a community, grid or building code), or name the community, grid or estate in address_string");
    }

    /// <summary>
    /// The community or grid (or the community of an estate) named in the address, within the key's
    /// area; the longest name wins. Committee names are matched without their suffix: addresses say
    /// 滨西社区, the register says 滨西社区居民委员会. A few thousand names per city: matched in memory.
    /// </summary>
    private async Task<string?> NamedInAddressAsync(Open311Client client, string address, CancellationToken ct)
    {
        var units = await db.OrgUnits.AsNoTracking().Under(client.Scope)
            .Where(o => o.Kind == OrgUnitKind.Community || o.Kind == OrgUnitKind.Grid)
            .Select(o => new { o.Id, o.Code, o.Name }).ToListAsync(ct);
        var communities = units.Select(u => u.Id).ToHashSet();
        var estates = await db.Estates.AsNoTracking()
            .Join(db.OrgUnits.Under(client.Scope), e => e.CommunityId, o => o.Id, (e, o) => new { e.CommunityId, e.Name })
            .ToListAsync(ct);
        return units.Select(u => (Name: ShortName(u.Name), u.Code))
            .Concat(estates.Where(e => communities.Contains(e.CommunityId))
                .Select(e => (e.Name, Code: units.First(u => u.Id == e.CommunityId).Code)))
            .Where(x => x.Name.Length >= 2 && address.Contains(x.Name, StringComparison.Ordinal))
            .OrderByDescending(x => x.Name.Length)
            .Select(x => x.Code)
            .FirstOrDefault();
    }

    private static string ShortName(string name)
    {
        foreach (var suffix in (string[])["居民委员会", "村民委员会", "居委会", "村委会"])
        {
            if (name.EndsWith(suffix, StringComparison.Ordinal))
            {
                return name[..^suffix.Length];
            }
        }
        return name;
    }

    private static Result<double?> Number(string? text, string field, string zh, string en)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return (double?)null;
        }
        return double.TryParse(text.Trim(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            ? value
            : Failure.Invalid(field, $"{field}（{zh}）须为数字", $"{field} ({en}) must be a number");
    }

    /// <summary>The intake names its own form fields; an Open311 client needs the spec's parameter names.</summary>
    private static Failure Renamed(Failure failure)
    {
        var field = failure.Field switch
        {
            "category" => "service_code",
            "place" => "attribute[place_code]",
            "contactName" => "first_name",
            "address" => "address_string",
            "latitude" => "lat",
            "longitude" => "long",
            null => null,
            var other => other,
        };
        return field is null ? failure : failure with { Field = field, Message = new($"{field}：{failure.Message.Zh}", $"{field}: {failure.Message.En}") };
    }
}
