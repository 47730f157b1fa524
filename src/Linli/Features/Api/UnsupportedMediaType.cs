using System.Globalization;
using Linli.Core.Common;

namespace Linli.Features.Api;

/// <summary>
/// A JSON endpoint sent text or a form answers 415: routing rejects the content type (the endpoint's
/// accepts metadata) or body binding does, both with no body, and status-code pages then write only the
/// framework's English title. Under /api the problem says, in the caller's language, that the body must be JSON.
/// </summary>
public static class UnsupportedMediaType
{
    public static readonly Bilingual JsonRequired = new("请求体须为 JSON（Content-Type: application/json）", "The request body must be JSON (Content-Type: application/json)");

    private static readonly Bilingual Title = new("不支持的内容类型", "Unsupported media type");

    /// <summary>Fills in a bare 415 problem (<see cref="ProblemDetailsOptions.CustomizeProblemDetails"/>).</summary>
    public static void Describe(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        if (problem.Status != StatusCodes.Status415UnsupportedMediaType || problem.Detail is not null || !context.HttpContext.Request.Path.StartsWithSegments("/api"))
        {
            return;
        }
        problem.Title = Title.For(CultureInfo.CurrentUICulture);
        problem.Detail = JsonRequired.For(CultureInfo.CurrentUICulture);
        problem.Extensions["message_zh"] = JsonRequired.Zh;
        problem.Extensions["message_en"] = JsonRequired.En;
        problem.Extensions["field"] = "body";
    }
}
