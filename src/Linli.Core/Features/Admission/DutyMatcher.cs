using System.Globalization;
using System.Text;

namespace Linli.Core.Features.Admission;

/// <summary>
/// Decides whether a request speaks about a duty-list entry. The rule, kept simple enough to explain
/// to a reviewer:
///  1. kinds agree — the entry names no request kind, or the same kind as the request;
///  2. the words agree — both texts are normalized (full-width to half-width, lower case, punctuation,
///     spaces and filler words such as 社区/工作/事项/开展/相关/有关/的 removed) and cut into
///     overlapping two-character pieces; at least 60 % of the entry title's pieces must occur in the
///     request's title and content. A one-character title must occur as is.
/// "开具居住证明" therefore matches the negative-list entry "居住证明" (居住, 住证, 证明 all occur),
/// while "出具无犯罪记录证明" does not match "居住证明" (only 证明 of three pieces: 33 %).
/// </summary>
public static class DutyMatcher
{
    public const double Threshold = 0.6;

    private static readonly string[] Filler = ["社区", "居委会", "工作", "事项", "开展", "相关", "有关", "进行", "做好", "负责", "协助", "的"];

    public static bool Matches(DutyEntry entry, AdmissionKind kind, string title, string content) =>
        (entry.TaskKind is null || entry.TaskKind == kind) && Score(entry.Title, title + " " + content) >= Threshold;

    /// <summary>Share of the entry's pieces found in the text, 0..1.</summary>
    public static double Score(string entryTitle, string text)
    {
        var entry = Normalize(entryTitle);
        var haystack = Normalize(text);
        if (entry.Length == 0)
        {
            return 0;
        }
        if (entry.Length == 1)
        {
            return haystack.Contains(entry, StringComparison.Ordinal) ? 1 : 0;
        }
        var pieces = Pieces(entry);
        var found = Pieces(haystack);
        return (double)pieces.Count(found.Contains) / pieces.Count;
    }

    public static string Normalize(string text)
    {
        var folded = text.Normalize(NormalizationForm.FormKC).ToLowerInvariant();
        var kept = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (char.IsLetterOrDigit(c) && category != UnicodeCategory.OtherPunctuation)
            {
                kept.Append(c);
            }
        }
        var result = kept.ToString();
        foreach (var word in Filler)
        {
            result = result.Replace(word, "", StringComparison.Ordinal);
        }
        return result;
    }

    private static HashSet<string> Pieces(string text)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < text.Length; i++)
        {
            set.Add(text.Substring(i, 2));
        }
        return set;
    }
}
