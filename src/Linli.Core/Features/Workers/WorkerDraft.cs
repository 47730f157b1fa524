using System.Globalization;
using Linli.Core.Common;
using Linli.Core.Features.Registry;
using Linli.Core.Features.Registry.Documents;

namespace Linli.Core.Features.Workers;

/// <summary>A worker as typed into the form or read from an import row: text, not yet checked.</summary>
public sealed record WorkerDraft(
    string Name, string IdNumber, string CommunityCode, string Post, string Employment, string HireDate,
    string LeaveDate = "", string LeaveReason = "", string Education = "", string Certificate = "", string MonthlyPay = "",
    string TrainingHours = "", bool OnPost = true, bool CommitteeMember = false, string TermStart = "", string TermEnd = "");

public sealed record ValidWorker(
    string Name, string IdNumber, Sex? Sex, DateOnly? BirthDate, string CommunityCode, WorkerPost Post, EmploymentType Employment,
    DateOnly HireDate, DateOnly? LeaveDate, string? LeaveReason, Education? Education, Certificate Certificate, decimal? MonthlyPay,
    int TrainingHours, bool OnPost, bool CommitteeMember, DateOnly? TermStart, DateOnly? TermEnd);

/// <summary>
/// Checks a draft field by field. Field names are the template's column headers, so the import
/// can say "第3行 入职日期：…" and the form can put the message under the right input.
/// </summary>
public static class WorkerValidation
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy/M/d", "yyyy-M-d", "yyyy.M.d", "yyyyMMdd", "yyyy年M月d日"];

    public static (ValidWorker? Value, List<Failure> Errors) Validate(WorkerDraft d, DateOnly today)
    {
        var errors = new List<Failure>();
        void Error(string field, string zh, string en) => errors.Add(Failure.Invalid(field, zh, en));

        var name = d.Name.Trim();
        if (name.Length is 0 or > 50)
        {
            Error(WorkerTemplate.Name, "姓名不能为空且不超过50字", "Name is required (at most 50 characters)");
        }
        var id = IdNumber.Validate(d.IdNumber, today);
        if (!id.IsValid)
        {
            Error(WorkerTemplate.IdNumber, id.Error!.Zh, id.Error.En);
        }
        if (d.CommunityCode.Trim().Length == 0)
        {
            Error(WorkerTemplate.CommunityCode, "社区代码不能为空", "Community code is required");
        }
        var post = WorkerVocabulary.Parse(WorkerVocabulary.Posts, d.Post);
        if (post is null)
        {
            Error(WorkerTemplate.Post, $"岗位应为：{WorkerVocabulary.Choices(WorkerVocabulary.Posts)}", "Unknown post");
        }
        var employment = WorkerVocabulary.Parse(WorkerVocabulary.Employment, d.Employment);
        if (employment is null)
        {
            Error(WorkerTemplate.Employment, $"用工方式应为：{WorkerVocabulary.Choices(WorkerVocabulary.Employment)}", "Unknown employment type");
        }
        var hire = Date(d.HireDate);
        if (hire is null)
        {
            Error(WorkerTemplate.HireDate, "入职日期无效，应为 2024-03-01 这样的日期", "Hire date is missing or invalid (e.g. 2024-03-01)");
        }
        else if (hire > today)
        {
            Error(WorkerTemplate.HireDate, "入职日期不能晚于今天", "The hire date cannot be in the future");
        }
        DateOnly? leave = null;
        if (d.LeaveDate.Trim().Length > 0)
        {
            leave = Date(d.LeaveDate);
            if (leave is null)
            {
                Error(WorkerTemplate.LeaveDate, "离职日期无效，应为 2024-03-01 这样的日期", "Leave date is invalid (e.g. 2024-03-01)");
            }
            else if (hire is not null && leave < hire)
            {
                Error(WorkerTemplate.LeaveDate, "离职日期不能早于入职日期", "The leave date cannot be before the hire date");
            }
        }
        Education? education = null;
        if (d.Education.Trim().Length > 0 && (education = WorkerVocabulary.Parse(WorkerVocabulary.Educations, d.Education)) is null)
        {
            Error(WorkerTemplate.Education, $"学历应为：{WorkerVocabulary.Choices(WorkerVocabulary.Educations)}", "Unknown education level");
        }
        var certificate = d.Certificate.Trim().Length == 0 ? Certificate.None : WorkerVocabulary.Parse(WorkerVocabulary.Certificates, d.Certificate);
        if (certificate is null)
        {
            Error(WorkerTemplate.Certificate, $"职业资格应为：{WorkerVocabulary.Choices(WorkerVocabulary.Certificates)}", "Unknown certificate");
        }
        decimal? pay = null;
        if (d.MonthlyPay.Trim().Length > 0)
        {
            if (decimal.TryParse(d.MonthlyPay.Trim().Replace(",", "", StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture, out var p) && p is >= 0 and < 1_000_000)
            {
                pay = p;
            }
            else
            {
                Error(WorkerTemplate.MonthlyPay, "月薪应为0到1000000之间的数字（元）", "Monthly pay must be a number of yuan below 1,000,000");
            }
        }
        var hours = 0;
        if (d.TrainingHours.Trim().Length > 0 && !(int.TryParse(d.TrainingHours.Trim(), out hours) && hours is >= 0 and <= 10_000))
        {
            Error("培训学时", "培训学时应为0到10000之间的整数", "Training hours must be a whole number from 0 to 10,000");
        }
        DateOnly? termStart = d.TermStart.Trim().Length > 0 ? Date(d.TermStart) : null;
        DateOnly? termEnd = d.TermEnd.Trim().Length > 0 ? Date(d.TermEnd) : null;
        if ((d.TermStart.Trim().Length > 0 && termStart is null) || (d.TermEnd.Trim().Length > 0 && termEnd is null) || termEnd < termStart)
        {
            Error("任期", "任期起止日期无效或结束早于开始", "The term dates are invalid or end before they start");
        }
        if (errors.Count > 0)
        {
            return (null, errors);
        }
        var leaveReason = d.LeaveReason.Trim();
        return (new ValidWorker(name, id.Normalized, id.Sex, id.BirthDate, d.CommunityCode.Trim(), post!.Value, employment!.Value, hire!.Value,
            leave, leaveReason.Length == 0 ? null : leaveReason[..Math.Min(200, leaveReason.Length)], education, certificate!.Value, pay, hours,
            d.OnPost, d.CommitteeMember, termStart, termEnd), errors);
    }

    public static DateOnly? Date(string text) =>
        DateOnly.TryParseExact(text.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
