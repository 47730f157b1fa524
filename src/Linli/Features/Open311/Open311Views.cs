using System.Globalization;
using Linli.Core.Features.Open311;
using Linli.Core.Features.Requests;

namespace Linli.Features.Open311;

/// <summary>The GeoReport v2 field names for Linli's services and requests (names in the caller's language).</summary>
public static class Open311Views
{
    public static O311Object Service(Open311Service service)
    {
        var culture = CultureInfo.CurrentUICulture;
        var c = service.Category;
        return new O311Object
        {
            { "service_code", c.Code },
            { "service_name", c.Name.For(culture) },
            { "description", new Core.Common.Bilingual(
                $"{c.NameZh}：{c.ResponseHours}个工作小时内响应，{c.ResolutionDays}个工作日内办结",
                $"{c.NameEn}: answered within {c.ResponseHours} working hours, resolved within {c.ResolutionDays} working days").For(culture) },
            { "metadata", true },
            { "type", "realtime" },
            { "keywords", service.Parent is { } p ? $"{p.NameZh},{c.NameZh}" : c.NameZh },
            { "group", service.Parent?.Name.For(culture) },
        };
    }

    public static O311Object Definition(Open311Service service) => new()
    {
        { "service_code", service.Category.Code },
        { "attributes", new O311List("attribute", [.. Open311Catalog.Attributes.Select(Attribute)]) },
    };

    private static O311Object Attribute(Open311Field a)
    {
        var culture = CultureInfo.CurrentUICulture;
        var attribute = new O311Object
        {
            { "variable", true },
            { "code", a.Code },
            { "datatype", a.Datatype },
            { "required", a.Required },
            { "datatype_description", null },
            { "order", a.Order },
            { "description", a.Description.For(culture) },
        };
        if (a.Values.Count > 0)
        {
            attribute.Add("values", new O311List("value", [.. a.Values.Select(v => new O311Object { { "key", v.Key }, { "name", v.Name.For(culture) } })]));
        }
        return attribute;
    }

    public static O311Object Request(Open311RequestView r)
    {
        var culture = CultureInfo.CurrentUICulture;
        return new O311Object
        {
            { "service_request_id", r.Id },
            { "status", r.Open ? "open" : "closed" },
            { "status_notes", r.StatusName.For(culture) },
            { "service_name", r.ServiceName.For(culture) },
            { "service_code", r.ServiceCode },
            { "description", r.Description },
            { "agency_responsible", r.Agency },
            { "service_notice", null },
            { "requested_datetime", r.RequestedAt },
            { "updated_datetime", r.UpdatedAt },
            { "expected_datetime", r.ExpectedAt },
            { "address", r.Address },
            { "address_id", null },
            { "zipcode", null },
            { "lat", r.Latitude },
            { "long", r.Longitude },
            { "media_url", null },
        };
    }
}
