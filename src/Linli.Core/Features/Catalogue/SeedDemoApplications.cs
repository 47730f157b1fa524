using System.Globalization;
using Linli.Core.Common.Privacy;
using Linli.Core.Data;
using Linli.Core.Features.Demo.Population;
using Linli.Core.Features.Hierarchy;
using Linli.Core.Features.Registry;
using Linli.Core.Features.Requests;
using Microsoft.EntityFrameworkCore;

namespace Linli.Core.Features.Catalogue;

/// <summary>
/// Demo applications (演示数据) over the demo city: <see cref="Count"/> applications against the
/// active catalogue over the last 60 days, deterministic for a seed and a day, walked as far as
/// their age allows (accepted, some sent back for materials, most decided; a few left overdue).
/// Their numbers use sequences from 900001 so they never meet a real day's counter; every demo
/// application's verification code is <see cref="SeedDemoRequests.DemoCode"/>.
/// </summary>
public sealed class SeedDemoApplications(LinliDb db, FieldProtector protector, TimeProvider clock)
{
    public const int Count = 300;
    private const string Clerk = "便民服务窗口（演示）";

    public async Task<int> HandleAsync(string cityCode, int seed, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = WorkCalendar.LocalDate(now);
        var random = new DemoRandom(HashCode.Combine(seed, today.DayNumber) & 0x7FFFFFFF, cityCode);
        var items = await new CatalogueQueries(db).ListAsync(ct: ct);
        // The city's tree in memory (a few hundred units): handlers are found by path without a query each.
        var city = await db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(o => o.Code == cityCode, ct);
        if (city is null)
        {
            return 0;
        }
        var units = await db.OrgUnits.AsNoTracking().Under(city.OrgPath).Where(o => o.Kind <= OrgUnitKind.Community)
            .Select(o => new OrgUnit { Id = o.Id, Code = o.Code, Name = o.Name, Path = o.Path, Kind = o.Kind }).ToListAsync(ct);
        var byPath = units.ToDictionary(u => u.Path);
        var byId = units.ToDictionary(u => u.Id);
        var communities = units.Where(c => c.Kind == OrgUnitKind.Community).OrderBy(c => c.Path).ToList();
        var fields = items.ToDictionary(i => i.Id, i => i.Fields);
        if (items.Count == 0 || communities.Count == 0)
        {
            return 0;
        }
        var calendar = await WorkCalendarLoader.LoadAsync(db, ct);
        var sequences = new Dictionary<DateOnly, int>();
        var applications = new List<ServiceApplication>(Count);
        for (var i = 0; i < Count; i++)
        {
            var item = items[random.Next(items.Count)];
            var community = communities[random.Next(communities.Count)];
            var handler = item.FixedUnitId is { } fixedId ? byId.GetValueOrDefault(fixedId) : byPath.GetValueOrDefault(SubmitApplication.HandlerPath(item.Level, community.Path));
            var answers = AnswerRules.Check(fields[item.Id], Answers(fields[item.Id], community, random, today), today);
            if (handler is null || !answers.Ok)
            {
                continue;
            }
            var day = today.AddDays(-random.Next(60));
            var submitted = DateTime.SpecifyKind(day.ToDateTime(new TimeOnly(8 + random.Next(9), random.Next(60))) - WorkCalendar.ChinaOffset, DateTimeKind.Utc);
            submitted = submitted > now ? now.AddMinutes(-random.Between(1, 300)) : submitted;
            var local = WorkCalendar.LocalDate(submitted);
            var number = ApplicationNumbers.Format(local, 900_000 + (sequences[local] = sequences.GetValueOrDefault(local) + 1));
            var application = new ServiceApplication
            {
                TrackingNumber = number,
                VerificationHash = TrackingNumbers.HashCode(protector, number, SeedDemoRequests.DemoCode),
                ItemId = item.Id,
                Channel = random.Chance(0.7) ? ApplicationChannel.Window : ApplicationChannel.Web,
                CommunityId = community.Id,
                Path = community.Path,
                HandlingUnitId = handler.Id,
                HandlingPath = handler.Path,
                Answers = [.. answers.Value!.Select(a => a.Value is { } v && a.Field.Type.IsProtected()
                    ? new StoredAnswer(a.Field.Key, a.Field.Type == FieldType.IdNumber ? Mask.IdNumber(v) : Mask.Phone(v), Convert.ToBase64String(protector.Encrypt(v)))
                    : new StoredAnswer(a.Field.Key, a.Value))],
                SubmittedAt = submitted,
                DueAt = calendar.AddWorkingDays(submitted, item.TimeLimitDays),
                UpdatedAt = submitted,
                IsDemo = true,
            };
            application.History.Add(new ApplicationTransition { At = submitted, Action = ApplicationAction.Submit, To = ApplicationStatus.Submitted, ActorName = Clerk, Note = "演示数据" });
            Walk(application, random, now);
            applications.Add(application);
        }
        db.ServiceApplications.AddRange(applications);
        await db.SaveChangesAsync(ct);
        return applications.Count;
    }

    /// <summary>Moves an application along as far as its age allows; about one in twenty stays open past its due time.</summary>
    private static void Walk(ServiceApplication a, DemoRandom random, DateTime now)
    {
        var span = a.DueAt - a.SubmittedAt;
        var at = a.SubmittedAt.AddHours(random.Between(1, 20));
        if (at > now) { return; }
        a.Apply(ApplicationAction.Accept, Clerk, null, null, at);
        if (random.Chance(0.2))
        {
            at = at.AddHours(random.Between(2, 30));
            if (at > now) { return; }
            a.Apply(ApplicationAction.RequestMaterials, Clerk, null, "请补充近三个月收入证明（演示）", at);
            at = at.AddHours(random.Between(20, 100));
            if (at > now) { return; }
            a.Apply(ApplicationAction.Resubmit, Clerk, null, "居民已补齐材料", at);
        }
        if (random.Chance(0.05))
        {
            return; // left open: overdue once its due time passes
        }
        at = a.SubmittedAt + span * (0.3 + random.Next(80) / 100.0);
        if (at > now) { return; }
        if (random.Chance(0.1))
        {
            a.Apply(ApplicationAction.Reject, Clerk, null, "经核查不符合申请条件（演示）", at);
        }
        else
        {
            a.Apply(ApplicationAction.Approve, Clerk, null, "准予办理，请携带身份证到窗口领取结果（演示）", at);
        }
    }

    private static Dictionary<string, string?> Answers(IReadOnlyList<CatalogueField> fields, OrgUnit community, DemoRandom random, DateOnly today)
    {
        var answers = new Dictionary<string, string?>();
        foreach (var f in fields.Where(f => f.Required || random.Chance(0.5)))
        {
            answers[f.Key] = f.Type switch
            {
                FieldType.Text when f.Key.EndsWith("Name", StringComparison.Ordinal) => ChineseNames.Surname(random) + ChineseNames.GivenName(random, random.Chance(0.5), 1960),
                FieldType.Text => $"{community.Name}（演示）",
                FieldType.LongText => "（演示数据）家中遇到困难，申请帮助。",
                FieldType.Number => random.Between((int)(f.Min ?? 0), (int)Math.Min(f.Max ?? 100, 5000)).ToString(CultureInfo.InvariantCulture),
                FieldType.Date => today.AddDays(-random.Between(30, 700)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                FieldType.Choice => random.Pick(f.Choices!),
                FieldType.IdNumber => IdNumber(community.Code[..6], today.AddYears(-random.Between(20, 90)).AddDays(-random.Next(365)), random),
                FieldType.Phone => DemoPhones.Next(random),
                FieldType.YesNo => random.Chance(0.5) ? "yes" : "no",
                _ => null,
            };
        }
        return answers;
    }

    private static string IdNumber(string county, DateOnly birth, DemoRandom random)
    {
        var body = county + birth.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + random.Next(1000).ToString("D3", CultureInfo.InvariantCulture);
        return body + Registry.Documents.Mod11Check.Compute(body);
    }
}
