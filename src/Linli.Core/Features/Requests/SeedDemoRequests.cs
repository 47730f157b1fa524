using System.Globalization;
using Linli.Core.Common.Privacy;
using Linli.Core.Data;
using Linli.Core.Features.Hierarchy;
using Microsoft.EntityFrameworkCore;

namespace Linli.Core.Features.Requests;

/// <summary>
/// Demo requests (演示数据) over the demo city: <see cref="Count"/> requests spread over the last 90
/// days, deterministic for a seed and a day, walked through the workflow as far as their age allows
/// (routed, accepted, resolved, called back, closed; some late, some unsatisfied and reopened; the
/// newest still open). Streets differ in how well they do, so the rankings have something to show.
/// Every demo request's verification code is <see cref="DemoCode"/> so the portal can be tried.
/// </summary>
public sealed class SeedDemoRequests(LinliDb db, FieldProtector protector, TimeProvider clock)
{
    public const int Count = 2000;
    public const string DemoCode = "123456";
    private const string Operator = "12345热线（演示）";

    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "马", "朱", "胡"];

    private static readonly Dictionary<string, string[]> Texts = new()
    {
        ["0101"] = ["小区门口路灯一直不亮，晚上出行不安全", "路灯闪烁好几天了", "整条路的路灯都不亮"],
        ["0102"] = ["垃圾桶满了两天没人清运", "楼下垃圾堆放有异味"],
        ["0103"] = ["早市摊贩占道，车辆无法通行", "路口有流动摊贩占用人行道"],
        ["0104"] = ["楼顶有人搭建彩钢房", "一楼住户私自扩建院墙"],
        ["0105"] = ["夜间广场舞音响声音太大", "楼上装修中午也在施工"],
        ["0201"] = ["电梯经常停运，老人上下楼困难", "电梯困人，物业迟迟不来", "电梯异响，担心安全"],
        ["0202"] = ["小区停水没有提前通知", "自来水发黄"],
        ["0203"] = ["消防通道被私家车占用停车", "小区停车位乱收费"],
        ["0204"] = ["物业不打扫楼道", "物业服务差，报修没人管"],
        ["0205"] = ["单元门禁坏了", "楼道灯不亮"],
        ["03"] = ["邻居漏水到我家，协商不成", "邻居在楼道堆放杂物"],
        ["0401"] = ["想给独居老人申请上门助餐", "助餐送餐时间不固定"],
        ["0402"] = ["申请居家养老上门服务", "上门护理人员没有按约定时间来"],
        ["0403"] = ["咨询老年优待证怎么办理"],
        ["0501"] = ["咨询低保申请条件", "低保复核材料需要哪些"],
        ["0502"] = ["残疾人两项补贴没有到账"],
        ["0503"] = ["咨询就业登记手续"],
        ["0601"] = ["消防通道被杂物堵塞"],
        ["0602"] = ["路边井盖丢失，很危险"],
        ["0701"] = ["路面塌陷有大坑", "人行道砖松动"],
        ["0702"] = ["下水道堵塞返水"],
        ["08"] = ["建议小区增设休闲座椅", "咨询社区活动报名"],
    };

    public async Task<int> HandleAsync(string cityCode, int seed, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var random = new Random(HashCode.Combine(seed, WorkCalendar.LocalDate(now).DayNumber) & 0x7FFFFFFF);
        var calendar = await WorkCalendarLoader.LoadAsync(db, ct);
        var units = await db.OrgUnits.AsNoTracking().Where(o => o.Kind >= OrgUnitKind.District && o.Kind <= OrgUnitKind.Community)
            .Select(o => new { o.Id, o.Path, o.Kind, o.ParentId, o.Code }).ToListAsync(ct);
        var communities = units.Where(u => u.Kind == OrgUnitKind.Community && u.Code.StartsWith(cityCode, StringComparison.Ordinal)).OrderBy(u => u.Path).ToList();
        var byId = units.ToDictionary(u => u.Id);
        var categories = await db.RequestCategories.AsNoTracking().Where(c => c.Active).ToListAsync(ct);
        var leaves = categories.Where(c => !categories.Any(k => k.ParentId == c.Id) && Texts.ContainsKey(c.Code)).OrderBy(c => c.Code).ToList();
        if (communities.Count == 0 || leaves.Count == 0)
        {
            return 0;
        }
        // Each street's own quality: how fast it responds and how often residents are satisfied.
        var quality = units.Where(u => u.Kind == OrgUnitKind.Street).ToDictionary(u => u.Id, _ => 0.75 + random.NextDouble() * 0.23);
        var sequences = new Dictionary<DateOnly, int>();
        var requests = new List<ServiceRequest>(Count);
        var callbacks = new List<(ServiceRequest Request, RequestCallback Callback)>();
        for (var i = 0; i < Count; i++)
        {
            var place = communities[random.Next(communities.Count)];
            var street = place.ParentId is { } p ? byId[p] : place;
            var q = quality.GetValueOrDefault(street.Id, 0.85);
            var category = leaves[random.Next(leaves.Count)];
            var day = WorkCalendar.LocalDate(now).AddDays(-random.Next(90));
            var received = DateTime.SpecifyKind(day.ToDateTime(new TimeOnly(7 + random.Next(14), random.Next(60))) - WorkCalendar.ChinaOffset, DateTimeKind.Utc);
            if (received > now)
            {
                received = now.AddMinutes(-random.Next(1, 600));
            }
            var local = WorkCalendar.LocalDate(received);
            var sequence = sequences[local] = sequences.GetValueOrDefault(local) + 1;
            var number = TrackingNumbers.Format(local, sequence);
            var phone = "13" + random.Next(0, 10).ToString(CultureInfo.InvariantCulture) + random.Next(10_000_000, 99_999_999).ToString(CultureInfo.InvariantCulture);
            var channel = (RequestChannel)(new[] { 2, 2, 2, 2, 1, 1, 3, 3, 4, 5 }[random.Next(10)]);
            var target = category.DefaultTarget == RoutingTargetKind.Community ? place : street;
            var request = new ServiceRequest
            {
                TrackingNumber = number,
                VerificationHash = TrackingNumbers.HashCode(protector, number, DemoCode),
                Channel = channel,
                CategoryId = category.Id,
                PlaceUnitId = place.Id,
                Path = place.Path,
                Description = Texts[category.Code][random.Next(Texts[category.Code].Length)],
                ContactName = Surnames[random.Next(Surnames.Length)] + (random.Next(2) == 0 ? "先生" : "女士"),
                PhoneCipher = protector.Encrypt(phone),
                PhoneHash = protector.Hash(phone),
                PhoneMasked = Mask.Phone(phone),
                NotifyOptIn = random.Next(3) == 0,
                ReceivedAt = received,
                ResponseDueAt = calendar.AddWorkingHours(received, category.ResponseHours),
                ResolutionDueAt = calendar.AddWorkingDays(received, category.ResolutionDays),
                UpdatedAt = received,
                IsDemo = true,
            };
            request.History.Add(new RequestTransition { At = received, Action = RequestAction.Receive, To = RequestStatus.Received, ActorName = Operator, Note = RequestChannelNames.Of(channel).Zh });
            Walk(request, target.Id, target.Path, q, random, now, callbacks);
            requests.Add(request);
        }

        await DemoRequestWriter.WriteAsync(db, requests, callbacks, sequences, ct);
        return requests.Count;
    }

    /// <summary>Moves a demo request along the workflow as far as its age allows.</summary>
    private static void Walk(ServiceRequest r, long unitId, string unitPath, double quality, Random random, DateTime now, List<(ServiceRequest, RequestCallback)> callbacks)
    {
        bool Step(RequestAction action, DateTime at, string? note = null, long? unit = null, string? path = null) =>
            at < now && r.Apply(action, action is RequestAction.Route or RequestAction.CallBack or RequestAction.Reopen or RequestAction.Close
                ? Accounts.Role.HotlineOperator : Accounts.Role.CommunityWorker, action is RequestAction.Accept or RequestAction.Start or RequestAction.Resolve ? "承办单位（演示）" : Operator,
                null, note, at, unit, path).Ok;

        var t = r.ReceivedAt.AddMinutes(5 + random.Next(60));
        if (!Step(RequestAction.Route, t, "按类别默认派单", unitId, unitPath))
        {
            return;
        }
        var responseWindow = (r.ResponseDueAt - r.ReceivedAt).TotalMinutes;
        t = r.ReceivedAt.AddMinutes(responseWindow * (random.NextDouble() < quality ? 0.2 + random.NextDouble() * 0.7 : 1.1 + random.NextDouble()));
        if (!Step(RequestAction.Accept, t) || !Step(RequestAction.Start, t.AddMinutes(30)))
        {
            return;
        }
        var resolutionWindow = (r.ResolutionDueAt - r.ReceivedAt).TotalMinutes;
        t = r.ReceivedAt.AddMinutes(resolutionWindow * (random.NextDouble() < quality ? 0.3 + random.NextDouble() * 0.6 : 1.05 + random.NextDouble() * 0.5));
        if (!Step(RequestAction.Resolve, t, "已现场处理，问题已解决"))
        {
            return;
        }
        t = t.AddHours(20 + random.Next(30));
        if (t >= now)
        {
            return;
        }
        var reached = random.NextDouble() < 0.85;
        var satisfied = reached && random.NextDouble() < quality + 0.05;
        callbacks.Add((r, new RequestCallback { At = t, ByName = Operator, Reached = reached, Resolved = reached ? satisfied || random.Next(2) == 0 : null, Satisfied = reached ? satisfied : null }));
        if (!reached)
        {
            Step(RequestAction.Close, t.AddDays(2), "多次回访未联系上");
        }
        else if (satisfied)
        {
            Step(RequestAction.CallBack, t);
            Step(RequestAction.Close, t.AddHours(2));
        }
        else
        {
            Step(RequestAction.Reopen, t, "回访不满意");
        }
    }
}
