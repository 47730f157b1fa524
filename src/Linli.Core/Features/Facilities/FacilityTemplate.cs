namespace Linli.Core.Features.Facilities;

/// <summary>The facilities template (issue 3): one row per service room, Chinese headers in any order; import and export use the same.</summary>
public static class FacilityTemplate
{
    public const string CommunityCode = "社区代码";
    public const string RoomName = "用房名称";
    public const string Area = "面积";
    public const string Tenure = "产权方式";
    public const string FunctionRooms = "功能室";
    public const string OutdoorArea = "户外场地面积";

    public static readonly IReadOnlyList<string> Headers = [CommunityCode, RoomName, Area, Tenure, FunctionRooms, OutdoorArea];
    public static readonly IReadOnlyList<string> Required = [CommunityCode, RoomName, Area, Tenure];

    /// <summary>A facilities list is one row per room: a whole province is well under this.</summary>
    public const int MaxDataRows = 200_000;
    public const long MaxFileBytes = 50L * 1024 * 1024;
}
