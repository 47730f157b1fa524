using System.Globalization;
using Linli.Core.Common;

namespace Linli.Core.Features.Standards;

/// <summary>
/// A standard value together with where it comes from: every computed figure carries one, so a
/// reader can see "161 required — 18 per 10,000, set at 漯河市, valid from 2024-01-01".
/// </summary>
public sealed record StandardInForce(
    long Id, string Key, decimal Value, decimal? MaxValue, string Path,
    string? SetAtCode, string SetAtName, DateOnly ValidFrom, DateOnly? ValidTo, string Source)
{
    public const string NationalName = "全国";

    public StandardDefinition? Definition => StandardCatalog.Find(Key);

    public string ValueText => MaxValue is { } max
        ? $"{Format(Value)}–{Format(max)}"
        : Format(Value);

    /// <summary>"18 人/万人（漯河市设定，2024-01-01起）" — what a figure prints beside itself.</summary>
    public Bilingual Citation => new(
        $"{ValueText} {Definition?.Unit.Zh}（{SetAtName}设定，{ValidFrom:yyyy-MM-dd}起）",
        $"{ValueText} {Definition?.Unit.En} (set at {SetAtName}, from {ValidFrom:yyyy-MM-dd})");

    private static string Format(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
