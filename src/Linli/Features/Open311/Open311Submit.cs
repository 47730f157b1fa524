using Linli.Core.Common;
using Linli.Core.Features.Open311;
using Linli.Core.Features.Requests;
using System.Globalization;

namespace Linli.Features.Open311;

/// <summary>POST /open311/v2/requests.{format}: form-encoded per the spec, api_key required.</summary>
public static class Open311Submit
{
    public static void MapOpen311Submit(this RouteGroupBuilder v2) => v2.MapPost("/requests.{format}", SubmitAsync);

    private static async Task<IResult> SubmitAsync(string format, HttpContext http, Open311Keys keys, SubmitOpen311Request submit, CancellationToken ct) =>
        await Open311Endpoints.FormattedAsync(format, async f =>
        {
            if (!http.Request.HasFormContentType)
            {
                return Open311Endpoints.Error(f, StatusCodes.Status400BadRequest, new("请以 application/x-www-form-urlencoded 表单提交", "Send the fields form-encoded (application/x-www-form-urlencoded)"));
            }
            var form = await http.Request.ReadFormAsync(ct);
            if (await keys.FindAsync(form["api_key"], ct) is not { } client)
            {
                return Open311Endpoints.BadKey(f);
            }
            var attributes = form.Keys
                .Where(k => k.StartsWith("attribute[", StringComparison.Ordinal) && k.EndsWith(']'))
                .ToDictionary(k => k["attribute[".Length..^1], k => form[k].ToString());
            var created = await submit.HandleAsync(client, new Open311Submission(
                form["service_code"], form["lat"], form["long"], form["address_string"], form["description"],
                form["first_name"], form["last_name"], form["phone"], attributes, form["email"]), ct);
            if (created.Failure is { } failure)
            {
                var status = failure.Kind switch
                {
                    FailureKind.Forbidden => StatusCodes.Status403Forbidden,
                    FailureKind.Conflict => StatusCodes.Status409Conflict,
                    _ => StatusCodes.Status400BadRequest,
                };
                return Open311Endpoints.Error(f, status, failure.Message);
            }
            return new Open311Response(f, "service_requests", new O311List("request", [Created(created.Value!)]), StatusCodes.Status201Created);
        });

    /// <summary>
    /// POST answer: the tracking number is the id. The verification code goes in service_notice
    /// because the resident needs both to follow the request on the portal; it is not stored in clear.
    /// </summary>
    private static O311Object Created(CreatedRequest created) => new()
    {
        { "service_request_id", created.Request.TrackingNumber },
        { "service_notice", new Core.Common.Bilingual(
            $"已受理，受理编号 {created.Request.TrackingNumber}，查询码 {created.VerificationCode}",
            $"Received as {created.Request.TrackingNumber}, verification code {created.VerificationCode}").For(CultureInfo.CurrentUICulture) },
        { "account_id", null },
    };
}
