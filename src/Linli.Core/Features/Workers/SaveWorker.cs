using Linli.Core.Common;
using Linli.Core.Common.Privacy;
using Linli.Core.Data;
using Linli.Core.Features.Accounts;
using Linli.Core.Features.Hierarchy;
using Microsoft.EntityFrameworkCore;

namespace Linli.Core.Features.Workers;

/// <summary>Adds a worker to a community's roster or edits one (社工花名册维护); every change is audit-logged by the interceptor.</summary>
public sealed class SaveWorker(LinliDb db, FieldProtector protector, TimeProvider clock)
{
    public static bool MayEdit(Role role) => role is Role.CivilAffairs or Role.StreetOffice or Role.CommunityWorker;

    /// <summary>Departments see counts only; everyone else may read the roster (ID numbers masked).</summary>
    public static bool MayView(Role role) => role != Role.Department;

    public async Task<Result<CommunityWorker>> HandleAsync(Caller caller, long? workerId, WorkerDraft draft, CancellationToken ct = default)
    {
        if (!MayEdit(caller.Role))
        {
            return Failure.Forbidden("当前角色不能修改社区工作者名册", "Your role may not change the worker roster");
        }
        var now = clock.GetUtcNow().UtcDateTime;
        if (workerId is { } editing && string.IsNullOrWhiteSpace(draft.IdNumber))
        {
            // The edit form shows the number masked and leaves the field empty to keep it.
            var cipher = await db.CommunityWorkers.Where(w => w.Id == editing).Select(w => w.DocumentCipher).FirstOrDefaultAsync(ct);
            draft = draft with { IdNumber = cipher is null ? "" : protector.Decrypt(cipher) };
        }
        var (valid, errors) = WorkerValidation.Validate(draft, DateOnly.FromDateTime(now));
        if (valid is null)
        {
            return errors[0];
        }
        var community = await db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(o => o.Code == valid.CommunityCode && o.Kind == OrgUnitKind.Community, ct);
        if (community is null || !caller.CanSee(community.Path))
        {
            return Failure.Invalid(WorkerTemplate.CommunityCode, $"社区代码 {valid.CommunityCode} 不存在或不在您的管辖范围内", $"Community {valid.CommunityCode} does not exist or is outside your area");
        }
        CommunityWorker? worker = null;
        if (workerId is { } id)
        {
            worker = await db.CommunityWorkers.FirstOrDefaultAsync(w => w.Id == id, ct);
            if (worker is null || !caller.CanSee(worker.Path))
            {
                return Failure.NotFound("未找到该社区工作者", "Worker not found");
            }
        }
        var hash = protector.Hash(valid.IdNumber);
        if (await OnAnotherRollAsync(hash, worker?.Id, ct) is { } elsewhere && valid.LeaveDate is null)
        {
            return Failure.Conflict($"此人已在 {elsewhere} 的名册上在岗，请先办理离职", $"This person is already on the roll of {elsewhere}; record their leave there first");
        }
        if (worker is null)
        {
            worker = new CommunityWorker { Name = valid.Name, Path = community.Path, DocumentCipher = [], DocumentHash = [], DocumentMasked = "", CreatedAt = now };
            db.CommunityWorkers.Add(worker);
        }
        worker.Apply(valid, community, protector, now);
        if (await db.SaveOrConflictAsync(ct) is { } conflict)
        {
            return conflict;
        }
        return worker;
    }

    private async Task<string?> OnAnotherRollAsync(byte[] hash, long? exceptId, CancellationToken ct) =>
        await (from w in db.CommunityWorkers.AsNoTracking()
               where w.DocumentHash == hash && w.LeaveDate == null && w.Id != (exceptId ?? 0)
               join u in db.OrgUnits on w.CommunityId equals u.Id
               select u.Name).FirstOrDefaultAsync(ct);
}

public static class WorkerApply
{
    /// <summary>Copies checked fields onto the entity; the ID number only as cipher, hash and mask.</summary>
    public static void Apply(this CommunityWorker w, ValidWorker v, OrgUnit community, FieldProtector protector, DateTime now)
    {
        var hash = protector.Hash(v.IdNumber);
        if (!hash.AsSpan().SequenceEqual(w.DocumentHash))
        {
            (w.DocumentCipher, w.DocumentHash, w.DocumentMasked) = (protector.Encrypt(v.IdNumber), hash, Mask.IdNumber(v.IdNumber));
        }
        (w.Name, w.Sex, w.BirthDate, w.CommunityId, w.Path) = (v.Name, v.Sex, v.BirthDate, community.Id, community.Path);
        (w.Post, w.Employment, w.HireDate, w.LeaveDate, w.LeaveReason) = (v.Post, v.Employment, v.HireDate, v.LeaveDate, v.LeaveReason);
        (w.Education, w.Certificate, w.MonthlyPay, w.UpdatedAt) = (v.Education, v.Certificate, v.MonthlyPay, now);
        // The template has no columns for these; an import must not wipe what the form recorded.
        if (v.TrainingHours > 0 || v.CommitteeMember || v.TermStart is not null || !v.OnPost)
        {
            (w.TrainingHours, w.OnPost, w.CommitteeMember, w.TermStart, w.TermEnd) = (v.TrainingHours, v.OnPost, v.CommitteeMember, v.TermStart, v.TermEnd);
        }
    }
}
