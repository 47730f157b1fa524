using System.Globalization;
using Linli.Core.Common;

namespace Linli.Features.Api;

/// <summary>Turns an expected <see cref="Failure"/> into ProblemDetails: Chinese detail unless the request chose English.</summary>
public static class ApiResults
{
    public static IResult Problem(Failure failure)
    {
        var status = failure.Kind switch
        {
            FailureKind.NotFound => StatusCodes.Status404NotFound,
            FailureKind.Forbidden => StatusCodes.Status403Forbidden,
            FailureKind.Conflict => StatusCodes.Status409Conflict,
            FailureKind.TooMany => StatusCodes.Status429TooManyRequests,
            _ => StatusCodes.Status400BadRequest,
        };
        var extensions = new Dictionary<string, object?> { ["message_zh"] = failure.Message.Zh, ["message_en"] = failure.Message.En };
        if (failure.Field is not null)
        {
            extensions["field"] = failure.Field;
        }
        return Results.Problem(
            detail: failure.Message.For(CultureInfo.CurrentUICulture),
            statusCode: status,
            title: Title(status).For(CultureInfo.CurrentUICulture),
            extensions: extensions);
    }

    public static IResult From<T>(Result<T> result, Func<T, IResult> ok) =>
        result.Failure is { } failure ? Problem(failure) : ok(result.Value!);

    private static Bilingual Title(int status) => status switch
    {
        StatusCodes.Status404NotFound => new("未找到", "Not found"),
        StatusCodes.Status403Forbidden => new("无权操作", "Forbidden"),
        StatusCodes.Status409Conflict => new("冲突", "Conflict"),
        StatusCodes.Status429TooManyRequests => new("尝试过于频繁", "Too many attempts"),
        _ => new("输入有误", "Invalid input"),
    };
}
