using System.Text.Json;
using System.Text.Json.Nodes;
using Linli.Core.Features.Staffing;
using Linli.Core.Features.Standards;

namespace Linli.Core.Features.Reports.Survey;

/// <summary>
/// The figures as JSON with stable snake_case keys, the same from `linli report --format json` and
/// `GET /api/v1/reports/survey?format=json`. Every key is documented in docs/reports.md; renaming one breaks scripts.
/// Each figure is an object with a <c>value</c>, the <c>standards</c> it used where one applies, and an
/// <c>evidence</c> link to the records it counts.
/// </summary>
public static class SurveyJson
{
    public static readonly JsonSerializerOptions Options = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static JsonObject Build(SurveyFigures f)
    {
        var s = f.Staffing;
        var headline = f.Headline;
        var a = f.Facilities.Total;
        var json = new JsonObject
        {
            ["unit"] = new JsonObject { ["code"] = f.UnitCode, ["name"] = f.UnitName, ["kind"] = f.UnitKind.ToString().ToLowerInvariant() },
            ["year"] = f.Year,
            ["as_of"] = f.AsOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["demo_data"] = f.DemoData,
            ["communities"] = Figure(f.Communities, f, SurveyEvidence.Communities, extra: o =>
            {
                o["urban"] = f.UrbanCommunities;
                o["rural"] = f.Communities - f.UrbanCommunities;
                o["by_type"] = new JsonObject(f.ByType.Select(t => KeyValuePair.Create(t.Key, (JsonNode?)t.Count)));
            }),
            ["households"] = new JsonObject { ["value"] = f.Households },
            ["residents"] = new JsonObject { ["value"] = f.Residents, ["urban"] = f.UrbanResidents },
            ["workers_required"] = new JsonObject
            {
                ["value"] = headline?.Required,
                ["standards"] = Standards(headline?.Standards ?? []),
                ["by_standard"] = new JsonArray(s.Requirements.Select(r => (JsonNode)new JsonObject
                {
                    ["key"] = r.Key, ["required"] = r.Standards.Count == 0 ? null : r.Required, ["gap"] = r.Standards.Count == 0 ? null : r.Gap,
                    ["communities_without_standard"] = r.CommunitiesWithoutStandard, ["standards"] = Standards(r.Standards),
                }).ToArray()),
            },
            ["workers_actual"] = Figure(s.Actual, f, SurveyEvidence.WorkersActual, extra: o => o["not_on_post"] = s.NotOnPost),
            ["workers_gap"] = Figure(headline?.Gap, f, SurveyEvidence.ShortCommunities, headline?.Standards),
            ["turnover_rate"] = Figure(s.TurnoverPercent, f, SurveyEvidence.WorkersLeft, extra: o =>
            {
                o["left"] = s.LeftInYear;
                o["on_roll"] = s.OnRollInYear;
                o["unit"] = "percent";
            }),
            ["population_bands"] = new JsonObject
            {
                ["bounds"] = new JsonArray(f.PopulationBounds.Select(b => (JsonNode)b).ToArray()),
                ["value"] = Bands(f.PopulationBands, f, SurveyEvidence.PopulationBandPrefix),
            },
            ["oversize_communities"] = Figure(s.Size.Oversize, f, SurveyEvidence.OversizeCommunities, s.Size.Standards,
                o => o["new_communities_needed"] = s.Size.NewCommunitiesNeeded),
            ["communities_without_workers"] = Figure(f.CommunitiesWithoutWorkers, f, SurveyEvidence.CommunitiesWithoutWorkers),
            ["facility_area_total"] = Figure(a.AreaTotal, f, SurveyEvidence.FacilityArea, extra: o =>
            {
                o["unit"] = "m2";
                o["outdoor_area_total"] = a.OutdoorAreaTotal;
                o["emergency_shelters"] = a.EmergencyShelters;
            }),
            ["facility_area_avg"] = Figure(a.AreaAverage, f, SurveyEvidence.FacilityArea, Only(a.Standards, StandardCatalog.FacilityAreaAverageMin),
                o => o["below_standard"] = a.AverageBelowMin),
            ["facility_area_per_100_households"] = Figure(a.AreaPer100Households, f, SurveyEvidence.FacilityBelowPer100, Only(a.Standards, StandardCatalog.FacilityAreaPer100Households), o =>
            {
                o["area_required"] = a.AreaRequired;
                o["communities_below"] = a.BelowPer100;
            }),
            ["facility_own"] = Figure(a.Own, f, SurveyEvidence.FacilityOwn, extra: o => o["percent"] = a.OwnPercent),
            ["facility_rented"] = Figure(a.Rented, f, SurveyEvidence.FacilityRented, extra: o => o["percent"] = a.RentedPercent),
            ["facility_borrowed"] = Figure(a.Borrowed, f, SurveyEvidence.FacilityBorrowed),
            ["facility_none"] = Figure(a.WithoutRooms, f, SurveyEvidence.FacilityNone),
            ["facility_area_bands"] = new JsonObject
            {
                ["bounds"] = new JsonArray(f.Facilities.BandBounds.Select(b => (JsonNode)b).ToArray()),
                ["value"] = new JsonArray(a.Bands.Select((b, i) => (JsonNode)new JsonObject
                {
                    ["label"] = b.Label.Zh, ["min"] = b.From, ["max"] = b.To, ["communities"] = b.Communities,
                    ["evidence"] = SurveyEvidence.Link(f, SurveyEvidence.FacilityAreaBandPrefix + i.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                }).ToArray()),
            },
            ["rooms_missing"] = Figure(f.Facilities.RoomsMissing.Count, f, SurveyEvidence.RoomsMissing, Only(a.Standards, StandardCatalog.FacilityRoomSet)),
            ["estates"] = Figure(f.Estates.Estates, f, SurveyEvidence.EstatesFlagged, f.Estates.Standards, o =>
            {
                o["reached_threshold"] = f.Estates.ReachedThreshold;
                o["without_committee"] = f.Estates.WithoutCommittee;
                o["without_rooms"] = f.Estates.WithoutRooms;
            }),
            ["children"] = new JsonArray(f.Children.Select(c => (JsonNode)Child(c)).ToArray()),
            ["problems"] = new JsonArray(f.Problems.Select(p => (JsonNode)new JsonObject
            {
                ["key"] = p.Key, ["text"] = p.Text, ["communities"] = new JsonArray(p.Communities.Select(n => (JsonNode)n).ToArray()),
                ["standards"] = Standards(p.Standards), ["evidence"] = SurveyEvidence.Link(f, p.EvidenceFigure),
            }).ToArray()),
        };
        return json;
    }

    private static JsonObject Figure<T>(T value, SurveyFigures f, string evidence, IReadOnlyList<StandardInForce>? standards = null, Action<JsonObject>? extra = null)
    {
        var o = new JsonObject { ["value"] = JsonValue.Create(value) };
        if (standards is not null)
        {
            o["standards"] = Standards(standards);
        }
        extra?.Invoke(o);
        o["evidence"] = SurveyEvidence.Link(f, evidence);
        return o;
    }

    private static List<StandardInForce> Only(IEnumerable<StandardInForce> standards, string key) => standards.Where(s => s.Key == key).ToList();

    private static JsonArray Bands(IReadOnlyList<Band> bands, SurveyFigures f, string prefix) =>
        new(bands.Select((b, i) => (JsonNode)new JsonObject
        {
            ["label"] = b.Label, ["min"] = b.Min, ["max"] = b.Max, ["communities"] = b.Communities,
            ["evidence"] = SurveyEvidence.Link(f, prefix + i.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        }).ToArray());

    private static JsonObject Child(ChildFigures c)
    {
        var r = c.Row;
        var headline = r.Requirements.Where(q => q.Standards.Count > 0).OrderByDescending(q => q.Required).FirstOrDefault();
        return new JsonObject
        {
            ["code"] = r.Code, ["name"] = r.Name, ["kind"] = r.Kind.ToString().ToLowerInvariant(), ["communities"] = r.Communities,
            ["urban_communities"] = c.UrbanCommunities, ["households"] = r.Households, ["residents"] = r.Residents,
            ["workers_required"] = headline?.Required, ["workers_actual"] = r.Actual, ["workers_gap"] = headline?.Gap,
            ["turnover_rate"] = r.TurnoverPercent, ["oversize_communities"] = r.Size.Oversize,
        };
    }

    public static JsonArray Standards(IEnumerable<StandardInForce> standards) =>
        new(standards.Select(s => (JsonNode)new JsonObject
        {
            ["key"] = s.Key, ["value"] = s.Value, ["max_value"] = s.MaxValue, ["set_at_code"] = s.SetAtCode, ["set_at_name"] = s.SetAtName,
            ["valid_from"] = s.ValidFrom.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), ["source"] = s.Source, ["citation"] = s.Citation.Zh,
        }).ToArray());
}
