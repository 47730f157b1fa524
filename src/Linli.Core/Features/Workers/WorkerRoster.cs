using Linli.Core.Common;
using Linli.Core.Data;
using Linli.Core.Features.Accounts;
using Linli.Core.Features.Hierarchy;
using Microsoft.EntityFrameworkCore;

namespace Linli.Core.Features.Workers;

/// <summary>The roster of a community or of everything under a unit, ID numbers masked.</summary>
public sealed class WorkerRoster(LinliDb db)
{
    public sealed record Row(
        long Id, string Name, string DocumentMasked, string CommunityCode, string CommunityName, WorkerPost Post, EmploymentType Employment,
        DateOnly HireDate, DateOnly? LeaveDate, string? LeaveReason, Education? Education, Certificate Certificate, decimal? MonthlyPay,
        int TrainingHours, bool OnPost, bool CommitteeMember, DateOnly? TermStart, DateOnly? TermEnd, int Version);

    public async Task<Result<IReadOnlyList<Row>>> HandleAsync(Caller caller, string unitCode, bool includeLeft, CancellationToken ct = default)
    {
        if (!SaveWorker.MayView(caller.Role))
        {
            return Failure.Forbidden("当前角色不能查看社区工作者名册", "Your role may not read the worker roster");
        }
        var unit = await db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(o => o.Code == unitCode, ct);
        if (unit is null || !caller.CanSee(unit.Path))
        {
            return Failure.NotFound("未找到该单位或不在您的管辖范围内", "Unit not found or outside your area");
        }
        var rows = await (from w in db.CommunityWorkers.AsNoTracking().Under(unit.OrgPath)
                          where includeLeft || w.LeaveDate == null
                          join c in db.OrgUnits on w.CommunityId equals c.Id
                          orderby c.Path, w.Post, w.Name
                          select new Row(w.Id, w.Name, w.DocumentMasked, c.Code, c.Name, w.Post, w.Employment, w.HireDate, w.LeaveDate, w.LeaveReason,
                              w.Education, w.Certificate, w.MonthlyPay, w.TrainingHours, w.OnPost, w.CommitteeMember, w.TermStart, w.TermEnd, w.Version))
            .ToListAsync(ct);
        return rows;
    }
}
