using Linli.Core.Common;

namespace Linli.Core.Features.Standards;

/// <summary>A kind of standard: what its value means and in which unit it is written.</summary>
public sealed record StandardDefinition(string Key, Bilingual Name, Bilingual Unit);

/// <summary>The standards Linli knows (domain brief section 4). Values live in <see cref="PolicyStandard"/> rows.</summary>
public static class StandardCatalog
{
    public const string HouseholdsPerWorker = "households_per_worker";                     // 每名社区工作者服务户数
    public const string WorkersPer10kUrbanResidents = "workers_per_10k_urban_residents";   // 每万名城镇常住人口社区工作者数
    public const string CommunityHouseholdCap = "community_household_cap";
    public const string CommunityResidentCap = "community_resident_cap";
    public const string FacilityAreaPer100Households = "facility_m2_per_100_households";
    public const string FacilityAreaAverageMin = "facility_m2_average_min";
    public const string CommitteeSize = "committee_size";
    public const string CommitteeTermYears = "committee_term_years";
    public const string ServiceStationStaffMin = "service_station_staff_min";
    public const string NewEstateCommitteeOccupancy = "new_estate_committee_occupancy_pct";
    public const string PayMultipleOfAverageWage = "pay_multiple_of_average_wage";
    public const string PayMultipleOfMinimumWage = "pay_multiple_of_minimum_wage";
    public const string SocialOrgsPerUrbanCommunity = "social_orgs_per_urban_community";
    public const string AssessmentsPerYearCap = "assessments_per_year_cap";
    public const string FacilityRoomSet = "facility_room_set"; // value = room_sets.Id (一站一市八室, 一有九中心, ...)
    public const string AssessmentsPerDepartmentPerYearCap = "assessments_per_department_per_year_cap"; // 每个部门每年考核评比次数上限

    public static readonly IReadOnlyList<StandardDefinition> All =
    [
        new(HouseholdsPerWorker, new("社区工作者配备（每名服务户数）", "Community workers (households per worker)"), new("户/人", "households per worker")),
        new(WorkersPer10kUrbanResidents, new("社区工作者配备（每万名城镇居民）", "Community workers per 10,000 urban residents"), new("人/万人", "workers per 10,000")),
        new(CommunityHouseholdCap, new("社区规模上限（户数）", "Community size cap (households)"), new("户", "households")),
        new(CommunityResidentCap, new("社区规模上限（人口）", "Community size cap (residents)"), new("人", "residents")),
        new(FacilityAreaPer100Households, new("服务用房面积（每百户）", "Service rooms per 100 households"), new("平方米/百户", "m² per 100 households")),
        new(FacilityAreaAverageMin, new("社区服务用房平均面积下限", "Minimum average service-room area"), new("平方米", "m²")),
        new(CommitteeSize, new("居委会成员人数", "Committee members"), new("人", "members")),
        new(CommitteeTermYears, new("居委会任期", "Committee term"), new("年", "years")),
        new(ServiceStationStaffMin, new("社区服务站工作人员下限", "Minimum service-station staff"), new("人", "staff")),
        new(NewEstateCommitteeOccupancy, new("新建小区成立居委会的入住率", "Occupancy at which a new estate gets a committee"), new("%", "%")),
        new(PayMultipleOfAverageWage, new("社工薪酬不低于上年社会平均工资的倍数", "Pay as a multiple of last year's average wage"), new("倍", "×")),
        new(PayMultipleOfMinimumWage, new("社工薪酬为最低工资标准的倍数", "Pay as a multiple of the minimum wage"), new("倍", "×")),
        new(SocialOrgsPerUrbanCommunity, new("每个城市社区社会组织数", "Social organizations per urban community"), new("个", "organizations")),
        new(AssessmentsPerYearCap, new("每年考核评比次数上限", "Assessments per year (cap)"), new("次/年", "per year")),
        new(FacilityRoomSet, new("社区用房功能配置（房间配置编号）", "Room set communities must have (room set number)"), new("号配置", "room set no.")),
        new(AssessmentsPerDepartmentPerYearCap, new("每个部门每年考核评比次数上限", "Assessments per department per year (cap)"), new("次/年", "per year")),
    ];

    public static StandardDefinition? Find(string key) => All.FirstOrDefault(d => d.Key == key);
}
