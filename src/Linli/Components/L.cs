using System.Globalization;

namespace Linli.Components;

/// <summary>
/// UI text in both languages, side by side where it is used: <c>@T("居民", "Residents")</c>.
/// Chinese is the default; English when the user switched (cookie) or asked (?culture=en).
/// </summary>
public static class L
{
    public static bool English => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    public static string T(string zh, string en) => English ? en : zh;

    public static string T(Linli.Core.Common.Bilingual text) => English ? text.En : text.Zh;

    public static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>Linli serves one country: times are stored in UTC and shown in China Standard Time.</summary>
    public static readonly TimeZoneInfo ChinaTime = FindChinaTime();

    public static string Time(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), ChinaTime).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    public static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    private static TimeZoneInfo FindChinaTime()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
        }
        catch (TimeZoneNotFoundException)
        {
            // Machines without tzdata: China has had no daylight saving time since 1991.
            return TimeZoneInfo.CreateCustomTimeZone("CST", TimeSpan.FromHours(8), "China Standard Time", "China Standard Time");
        }
    }
}
