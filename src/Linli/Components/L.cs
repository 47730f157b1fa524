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
}
