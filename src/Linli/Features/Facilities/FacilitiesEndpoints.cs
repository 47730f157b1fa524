using System.Globalization;
using Linli.Core.Features.Facilities;
using Linli.Core.Features.Funding;
using Linli.Core.Features.SocialOrgs;
using Linli.Core.Features.Staffing;
using Linli.Core.Features.Wages;
using Linli.Features.Accounts;
using Linli.Features.Api;
using Linli.Features.Residents;

namespace Linli.Features.Facilities;

/// <summary>
/// Facility, new-estate, funding, pay, social-organization and committee figures for a unit and
/// year (each with the standards it used), the facilities export and room edits.
/// </summary>
public static class FacilitiesEndpoints
{
    public sealed record RoomRequest(string? CommunityCode, string? Name, decimal? Area, string? Tenure, string? FunctionRooms, int? Version);

    public static void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("").WithTags("Facilities");
        group.MapGet("/facilities/figures", async (CurrentCaller current, FacilityFigures figures, TimeProvider clock, string? unit, int? year, string? bands, CancellationToken ct) =>
        {
            if (!TryBands(bands, out var bounds))
            {
                return ApiResults.Problem(Core.Common.Failure.Invalid("bands", "面积分档应为逗号分隔的数字，如 300,600,1000", "Area bands must be numbers separated by commas, e.g. 300,600,1000"));
            }
            return ApiResults.From(await figures.HandleAsync(current.Value!, unit, year ?? clock.GetUtcNow().Year, bounds, ct), r => Results.Ok(r));
        }).WithSummary("阵地面积、产权、分档及缺少的功能室 / facility area, tenure, bands and rooms missing");

        group.MapGet("/facilities/estates", async (CurrentCaller current, EstateFigures figures, TimeProvider clock, string? unit, int? year, CancellationToken ct) =>
            ApiResults.From(await figures.HandleAsync(current.Value!, unit, year ?? clock.GetUtcNow().Year, ct), r => Results.Ok(r)))
            .WithSummary("新建小区“四个同步”与入住率 / new estates: room handover and occupancy");
        group.MapGet("/funding", async (CurrentCaller current, FundingFigures figures, TimeProvider clock, string? unit, int? year, CancellationToken ct) =>
            ApiResults.From(await figures.HandleAsync(current.Value!, unit, year ?? clock.GetUtcNow().Year, ct), r => Results.Ok(r)))
            .WithSummary("社区经费预算、支出与测算 / budget, spending and proposed allocation");
        group.MapGet("/pay", async (CurrentCaller current, PayFigures figures, TimeProvider clock, string? unit, int? year, CancellationToken ct) =>
            ApiResults.From(await figures.HandleAsync(current.Value!, unit, year ?? clock.GetUtcNow().Year, ct), r => Results.Ok(r)))
            .WithSummary("社工薪酬与当地工资标准 / worker pay against local wages");
        group.MapGet("/social-orgs/figures", async (CurrentCaller current, SocialOrgFigures figures, TimeProvider clock, string? unit, int? year, CancellationToken ct) =>
            ApiResults.From(await figures.HandleAsync(current.Value!, unit, year ?? clock.GetUtcNow().Year, ct), r => Results.Ok(r)))
            .WithSummary("每个社区的社会组织数 / social organizations per community");
        group.MapGet("/committees", async (CurrentCaller current, CommitteeFigures figures, TimeProvider clock, string? unit, int? year, CancellationToken ct) =>
            ApiResults.From(await figures.HandleAsync(current.Value!, unit, year ?? clock.GetUtcNow().Year, ct), r => Results.Ok(r)))
            .WithSummary("居委会成员人数与任期 / committee size and term");

        group.MapGet("/facilities/export", async (CurrentCaller current, ExportFacilities export, string unit, CancellationToken ct) =>
        {
            var buffer = new MemoryStream();
            var written = await export.HandleAsync(current.Value!, unit, buffer, ct);
            return written.Failure is { } failure
                ? ApiResults.Problem(failure)
                : Results.File(buffer.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"阵地用房-{unit}.xlsx");
        }).WithSummary("导出阵地用房（导入模板格式）/ export service rooms in the import template");

        group.MapPost("/facilities/rooms", async (JsonBody<RoomRequest> json, CurrentCaller current, SaveServiceRoom save, CancellationToken ct) =>
            json.Failure is { } bad ? ApiResults.Problem(bad) : ApiResults.From(await save.HandleAsync(current.Value!, null, Draft(json.Body), null, ct), room => Results.Created($"/api/v1/facilities/rooms/{room.Id}", Dto(room))))
            .WithSummary("登记阵地用房 / add a service room");
        group.MapPut("/facilities/rooms/{id:long}", async (long id, JsonBody<RoomRequest> json, CurrentCaller current, SaveServiceRoom save, CancellationToken ct) =>
            json.Failure is { } bad ? ApiResults.Problem(bad) : ApiResults.From(await save.HandleAsync(current.Value!, id, Draft(json.Body), json.Body.Version, ct), room => Results.Ok(Dto(room))))
            .WithSummary("修改阵地用房 / edit a service room");
        group.MapDelete("/facilities/rooms/{id:long}", async (long id, CurrentCaller current, SaveServiceRoom save, CancellationToken ct) =>
            ApiResults.From(await save.DeleteAsync(current.Value!, id, ct), _ => Results.NoContent()))
            .WithSummary("删除阵地用房 / remove a service room");
        FundingEndpoints.Map(api);
    }

    private static RoomDraft Draft(RoomRequest r) => new(r.CommunityCode ?? "", r.Name ?? "",
        r.Area?.ToString(CultureInfo.InvariantCulture) ?? "", r.Tenure ?? "", r.FunctionRooms ?? "");

    private static object Dto(ServiceRoom r) => new { r.Id, r.Name, r.Area, tenure = TenureNames.All[r.Tenure].Zh, functionRooms = r.FunctionRoomList, r.Version };

    /// <summary>"300,600,1000" → bounds; empty → the defaults.</summary>
    public static bool TryBands(string? text, out IReadOnlyList<decimal>? bounds)
    {
        bounds = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }
        var list = new List<decimal>();
        foreach (var part in text.Split([',', '，', ' '], StringSplitOptions.RemoveEmptyEntries))
        {
            if (!decimal.TryParse(part, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            {
                return false;
            }
            list.Add(value);
        }
        bounds = list;
        return true;
    }
}
