using System.Globalization;
using Linli.Core.Common;

namespace Linli.Core.Features.Facilities;

/// <summary>A service room as typed into the form or a template row: text, checked by <see cref="Validate"/>.</summary>
public sealed record RoomDraft(string CommunityCode, string Name, string Area, string Tenure, string FunctionRooms = "", string OutdoorArea = "")
{
    public sealed record Valid(string CommunityCode, string Name, decimal Area, Tenure Tenure, string FunctionRooms, decimal? OutdoorArea);

    public const decimal MaxArea = 100_000m;

    /// <summary>Errors carry the template's column name as their field.</summary>
    public (Valid? Room, List<Failure> Errors) Validate()
    {
        var errors = new List<Failure>();
        void Error(string field, string zh, string en) => errors.Add(Failure.Invalid(field, zh, en));

        var code = CommunityCode.Trim();
        if (code.Length != 12 || !code.All(char.IsAsciiDigit))
        {
            Error(FacilityTemplate.CommunityCode, "社区代码应为12位数字", "The community code must be 12 digits");
        }
        var name = Name.Trim();
        if (name.Length is 0 or > 50)
        {
            Error(FacilityTemplate.RoomName, "请填写用房名称（不超过50字）", "Enter the room name (up to 50 characters)");
        }
        var tenure = TenureNames.Parse(Tenure);
        if (tenure is null)
        {
            Error(FacilityTemplate.Tenure, "产权方式应为：自建、购买、租用、借用、无", "Tenure must be one of 自建, 购买, 租用, 借用, 无");
        }
        var area = Number(Area);
        if (area is not { } a || a < 0 || a > MaxArea)
        {
            Error(FacilityTemplate.Area, "面积应为0到100000之间的数字（平方米）", "The area must be a number of m² from 0 to 100,000");
        }
        else if (tenure is { } t && (t == Facilities.Tenure.None) != (a == 0))
        {
            Error(FacilityTemplate.Area, "产权方式为“无”时面积填0，其他产权方式面积应大于0", "The area is 0 exactly when the tenure is 无 (none)");
        }
        var functions = ServiceRoom.SplitRooms(FunctionRooms);
        if (functions.Any(f => f.Length > 30) || string.Join(ServiceRoom.Separator, functions).Length > 500)
        {
            Error(FacilityTemplate.FunctionRooms, "功能室名称每个不超过30字、合计不超过500字，用“、”分隔", "Function rooms: up to 30 characters each and 500 in all, separated by 、");
        }
        decimal? outdoor = null;
        if (OutdoorArea.Trim().Length > 0)
        {
            outdoor = Number(OutdoorArea);
            if (outdoor is not { } o || o < 0 || o > 1_000_000)
            {
                Error(FacilityTemplate.OutdoorArea, "户外场地面积应为0到1000000之间的数字（平方米）", "The outdoor area must be a number of m² from 0 to 1,000,000");
            }
        }
        return errors.Count > 0
            ? (null, errors)
            : (new Valid(code, name, Math.Round(area!.Value, 2), tenure!.Value, string.Join(ServiceRoom.Separator, functions), outdoor is { } od ? Math.Round(od, 2) : null), errors);
    }

    /// <summary>Accepts "350", "350.5", "1,200" and "350㎡" / "350平方米".</summary>
    private static decimal? Number(string text)
    {
        var t = text.Trim().Replace(",", "", StringComparison.Ordinal).Replace("平方米", "", StringComparison.Ordinal)
            .Replace("㎡", "", StringComparison.Ordinal).Replace("m²", "", StringComparison.Ordinal).Trim();
        return decimal.TryParse(t, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v) ? v : null;
    }
}
