using System.Text.Encodings.Web;
using System.Text.Json;

namespace Linli.Core.Features.Audit;

/// <summary>
/// JSON for the before/after columns. The default encoder writes Chinese as \uXXXX, which made the
/// audit page and exports unreadable; the relaxed encoder keeps it as text. The JSON is stored and
/// shown as text (HTML-encoded by the page), never embedded in a script, so the relaxed escaping is safe.
/// </summary>
public static class AuditJson
{
    public static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
