using System.Globalization;

namespace Linli.Core.Common;

/// <summary>
/// A user-facing message in Chinese and English. Core code has no access to the request's
/// culture, so it returns both texts; <see cref="ToString"/> picks one by the current UI culture
/// (Chinese unless the user chose English).
/// </summary>
public sealed record Bilingual(string Zh, string En)
{
    public string For(CultureInfo culture) =>
        culture.TwoLetterISOLanguageName == "en" ? En : Zh;

    public override string ToString() => For(CultureInfo.CurrentUICulture);
}
