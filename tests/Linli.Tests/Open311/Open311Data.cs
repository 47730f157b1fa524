using Linli.Core.Data;
using Linli.Core.Features.Hierarchy;
using Linli.Core.Features.Open311;
using Linli.Core.Features.Requests;
using Linli.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Linli.Tests.Open311;

/// <summary>Requests in the demo city for the Open311 read tests, and keys bounded to smaller areas.</summary>
public static class Open311Data
{
    public const string BinXi = "411102001001";   // 老街街道 滨西社区
    public const string Street = "411102001";     // 老街街道

    public sealed record Seeded(string Open, string Closed, string Elsewhere, string ElsewhereCode);

    public static async Task<Seeded> RequestsAsync(TestApp app)
    {
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<LinliDb>();
        var binXi = await db.OrgUnits.SingleAsync(o => o.Code == BinXi);
        // A community in another district (not under 源汇区 411102).
        var elsewhere = await db.OrgUnits.Where(o => o.Kind == OrgUnitKind.Community && !o.Code.StartsWith("411102")).OrderBy(o => o.Code).FirstAsync();
        var light = await db.RequestCategories.SingleAsync(c => c.Code == "0101");
        var lift = await db.RequestCategories.SingleAsync(c => c.Code == "0201");
        var now = DateTime.UtcNow;
        ServiceRequest Make(string number, RequestCategory category, OrgUnit place, RequestStatus status, DateTime received, string description) => new()
        {
            TrackingNumber = number, VerificationHash = new byte[16], Channel = RequestChannel.Hotline, CategoryId = category.Id,
            PlaceUnitId = place.Id, Path = place.Path, Description = description, Status = status,
            AssignedUnitId = status == RequestStatus.Received ? null : place.Id, AssignedPath = status == RequestStatus.Received ? null : place.Path,
            Address = "滨河路12号", Latitude = 33.58, Longitude = 114.02,
            ReceivedAt = received, ResponseDueAt = received.AddHours(4), ResolutionDueAt = received.AddDays(3), UpdatedAt = received.AddHours(1),
            ClosedAt = status == RequestStatus.Closed ? received.AddDays(1) : null,
        };
        db.ServiceRequests.AddRange(
            Make("Q20261130-000001", light, binXi, RequestStatus.Received, now.AddDays(-2), "滨河路路灯不亮已三天"),
            Make("Q20261130-000002", lift, binXi, RequestStatus.Closed, now.AddDays(-1), "3号楼电梯停在8楼不动"),
            Make("Q20261130-000003", light, elsewhere, RequestStatus.Routed, now.AddHours(-3), "别区的路灯问题"));
        await db.SaveChangesAsync();
        return new("Q20261130-000001", "Q20261130-000002", "Q20261130-000003", elsewhere.Code);
    }

    public static async Task<string> KeyAsync(TestApp app, string unitCode, bool canSubmit)
    {
        await using var scope = app.Scope();
        var issued = await scope.ServiceProvider.GetRequiredService<Open311Keys>().IssueAsync($"测试系统 {unitCode}", unitCode, canSubmit);
        return issued.Value!;
    }
}
