using Linli.Core.Common;

namespace Linli.Core.Features.Standards;

/// <summary>
/// The standards table of the domain brief, shipped as data. National-law presets are seeded at
/// the national root by migration 0005; the others are what some jurisdiction uses and are
/// offered on the standards page to apply at a unit.
/// </summary>
public static class StandardPresets
{
    public sealed record Preset(string Id, string Key, decimal Value, decimal? MaxValue, Bilingual UsedBy, bool National = false);

    public static readonly IReadOnlyList<Preset> All =
    [
        new("committee-size", StandardCatalog.CommitteeSize, 5, 9, new("国家法律（城市居民委员会组织法）", "national law (Organic Law of Urban Residents' Committees)"), National: true),
        new("committee-term", StandardCatalog.CommitteeTermYears, 5, null, new("国家法律（2018年修正后任期5年）", "national law (5-year term since the 2018 amendment)"), National: true),
        new("size-cap-households", StandardCatalog.CommunityHouseholdCap, 3000, null, new("多个城市", "several cities")),
        new("size-cap-residents", StandardCatalog.CommunityResidentCap, 10000, null, new("多个城市", "several cities")),
        new("new-estate-50", StandardCatalog.NewEstateCommitteeOccupancy, 50, null, new("四川某区", "a Sichuan district")),
        new("workers-300", StandardCatalog.HouseholdsPerWorker, 300, null, new("四川某区", "a Sichuan district")),
        new("workers-400", StandardCatalog.HouseholdsPerWorker, 400, null, new("浙江省规划", "a Zhejiang provincial plan")),
        new("workers-300-400", StandardCatalog.HouseholdsPerWorker, 300, 400, new("某省意见", "a provincial opinion")),
        new("workers-18-per-10k", StandardCatalog.WorkersPer10kUrbanResidents, 18, null, new("某县级市", "a county-level city")),
        new("station-staff-5", StandardCatalog.ServiceStationStaffMin, 5, null, new("四川某区", "a Sichuan district")),
        new("pay-average-wage", StandardCatalog.PayMultipleOfAverageWage, 1, null, new("浙江", "Zhejiang")),
        new("pay-minimum-wage", StandardCatalog.PayMultipleOfMinimumWage, 2.5m, null, new("另一省份", "another province")),
        new("rooms-30-per-100", StandardCatalog.FacilityAreaPer100Households, 30, null, new("浙江", "Zhejiang")),
        new("rooms-average-600", StandardCatalog.FacilityAreaAverageMin, 600, null, new("河南某市", "a Henan city")),
        new("room-set-1-station-8-rooms", StandardCatalog.FacilityRoomSet, 1, null, new("四川（一站一市八室）", "Sichuan (one station, one shop, eight rooms)")),
        new("room-set-9-centres", StandardCatalog.FacilityRoomSet, 2, null, new("河南某市（一有九中心）", "a Henan city (nine centres)")),
        new("social-orgs-10", StandardCatalog.SocialOrgsPerUrbanCommunity, 10, null, new("某市规划", "a city plan")),
    ];

    public static Preset? Find(string id) => All.FirstOrDefault(p => p.Id == id);
}
