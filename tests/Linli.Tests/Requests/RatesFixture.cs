using Linli.Core.Data;
using Linli.Core.Features.Requests;
using Microsoft.EntityFrameworkCore;

namespace Linli.Tests.Requests;

/// <summary>
/// Eight requests with hand-set times, checked by hand (老街街道 411102001, November 2026):
///
///   req  community  category  received      responded     resolution due  resolved  callbacks (oldest first)
///   R1   滨西       0201      11-05         in time       11-07           yes       reached satisfied, then reached NOT satisfied
///   R2   滨西       0201      11-06         late          11-10 (passed)  no        —
///   R3   新华       0102      11-28         no            12-20 (ahead)   no        —
///   R4   新华       0102      11-12         in time       11-14           yes       not reached, then reached satisfied
///   R5   滨西       0201      11-07         merged into R1 (not counted)
///   R6   滨西       0201      10-20 (outside the period)
///   R7   嵩山(郾城区) 0201     11-08         in time       11-10           yes       (outside the street)
///   R8   滨西       0202      11-15         in time       11-17           yes       not reached
///
///   street: received 5; responded in time 3 (R1 R4 R8) → 60 %; due 4 (R1 R2 R4 R8) resolved 3 → 75 %;
///           reached 2 (R1 R4) satisfied 1 (R4; R1's latest reached callback is unsatisfied) → 50 %.
///   滨西: 3 / 2 in time / due 3 resolved 2 / reached 1 satisfied 0.   新华: 2 / 1 / due 1 resolved 1 / 1 / 1.
///   categories: 01 市容环境 2 received; 02 物业管理 3 received.
/// </summary>
public static class RatesFixture
{
    public const string Xinhua = "411102001002";
    public const string Songshan = "411103001001";
    public static readonly DateTime Now = new(2026, 12, 1, 2, 0, 0, DateTimeKind.Utc);

    public static async Task SeedAsync(LinliDb db)
    {
        var units = await db.OrgUnits.Where(o => o.Code == RequestsFixture.Binxi || o.Code == Xinhua || o.Code == Songshan).ToDictionaryAsync(o => o.Code);
        var categories = await db.RequestCategories.ToDictionaryAsync(c => c.Code, c => c.Id);
        var n = 0;
        ServiceRequest Make(string place, string category, string received, double? respondHours, string due, bool resolved, RequestStatus status = RequestStatus.Routed)
        {
            var at = DateTime.SpecifyKind(DateTime.Parse($"2026-{received} 02:00:00", System.Globalization.CultureInfo.InvariantCulture), DateTimeKind.Utc);
            var r = new ServiceRequest
            {
                TrackingNumber = $"Q{at:yyyyMMdd}-{++n:D6}", VerificationHash = [1], Channel = RequestChannel.Hotline,
                CategoryId = categories[category], PlaceUnitId = units[place].Id, Path = units[place].Path, Description = "三率测试",
                Status = resolved ? RequestStatus.Resolved : status, ReceivedAt = at, UpdatedAt = at,
                ResponseDueAt = at.AddHours(4), RespondedAt = respondHours is { } h ? at.AddHours(h) : null,
                ResolutionDueAt = DateTime.SpecifyKind(DateTime.Parse($"2026-{due} 09:00:00", System.Globalization.CultureInfo.InvariantCulture), DateTimeKind.Utc),
                ResolvedAt = resolved ? at.AddDays(1) : null,
            };
            db.ServiceRequests.Add(r);
            return r;
        }
        var r1 = Make(RequestsFixture.Binxi, "0201", "11-05", 1, "11-07", resolved: true);
        Make(RequestsFixture.Binxi, "0201", "11-06", 30, "11-10", resolved: false);
        Make(Xinhua, "0102", "11-28", null, "12-20", resolved: false);
        var r4 = Make(Xinhua, "0102", "11-12", 2, "11-14", resolved: true);
        Make(RequestsFixture.Binxi, "0201", "11-07", null, "11-09", resolved: false, status: RequestStatus.Merged);
        Make(RequestsFixture.Binxi, "0201", "10-20", 1, "10-22", resolved: true);
        Make(Songshan, "0201", "11-08", 1, "11-10", resolved: true);
        var r8 = Make(RequestsFixture.Binxi, "0202", "11-15", 3, "11-17", resolved: true);
        await db.SaveChangesAsync();

        RequestCallback Callback(ServiceRequest r, int day, bool reached, bool? satisfied) => new()
        {
            RequestId = r.Id, At = new DateTime(2026, 11, day, 3, 0, 0, DateTimeKind.Utc), ByName = "回访员", Reached = reached,
            Resolved = reached ? satisfied : null, Satisfied = reached ? satisfied : null,
        };
        db.RequestCallbacks.AddRange(
            Callback(r1, 8, true, true), Callback(r1, 9, true, false),
            Callback(r4, 15, false, null), Callback(r4, 16, true, true),
            Callback(r8, 18, false, null));
        await db.SaveChangesAsync();
    }
}
