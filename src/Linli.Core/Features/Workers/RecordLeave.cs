using Linli.Core.Common;
using Linli.Core.Data;
using Linli.Core.Features.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Linli.Core.Features.Workers;

/// <summary>Records that a worker left (离职): date and reason; the row stays for turnover figures.</summary>
public sealed class RecordLeave(LinliDb db, TimeProvider clock)
{
    public async Task<Result<CommunityWorker>> HandleAsync(Caller caller, long workerId, DateOnly? leaveDate, string? reason, CancellationToken ct = default)
    {
        if (!SaveWorker.MayEdit(caller.Role))
        {
            return Failure.Forbidden("当前角色不能修改社区工作者名册", "Your role may not change the worker roster");
        }
        var worker = await db.CommunityWorkers.FirstOrDefaultAsync(w => w.Id == workerId, ct);
        if (worker is null || !caller.CanSee(worker.Path))
        {
            return Failure.NotFound("未找到该社区工作者", "Worker not found");
        }
        var now = clock.GetUtcNow().UtcDateTime;
        if (leaveDate is not { } date || date > DateOnly.FromDateTime(now).AddDays(31))
        {
            return Failure.Invalid(WorkerTemplate.LeaveDate, "请填写离职日期（不晚于一个月后）", "Enter the leave date (at most a month ahead)");
        }
        if (date < worker.HireDate)
        {
            return Failure.Invalid(WorkerTemplate.LeaveDate, "离职日期不能早于入职日期", "The leave date cannot be before the hire date");
        }
        if (string.IsNullOrWhiteSpace(reason))
        {
            return Failure.Invalid(WorkerTemplate.LeaveReason, "请填写离职原因", "Enter the reason for leaving");
        }
        (worker.LeaveDate, worker.LeaveReason, worker.UpdatedAt) = (date, reason.Trim()[..Math.Min(200, reason.Trim().Length)], now);
        await db.SaveChangesAsync(ct);
        return worker;
    }
}
