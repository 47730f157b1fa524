using Linli.Core.Common;

namespace Linli.Core.Features.Catalogue;

/// <summary>States of an application (办件).</summary>
public enum ApplicationStatus
{
    Submitted = 1,      // 已提交
    Accepted = 2,       // 已受理
    NeedsMaterials = 3, // 待补正
    Resubmitted = 4,    // 已补正
    Approved = 5,       // 办结（准予）
    Rejected = 6,       // 不予受理 / 不予批准
}

/// <summary>Moves of the workflow; <see cref="ApplicationWorkflow"/> says which is legal from where.</summary>
public enum ApplicationAction
{
    Submit = 1,           // 提交
    Accept = 2,           // 受理
    RequestMaterials = 3, // 补正告知
    Resubmit = 4,         // 补正提交
    Approve = 5,          // 办结（准予）
    Reject = 6,           // 不予受理
}

public static class ApplicationNames
{
    public static Bilingual Of(ApplicationStatus status) => status switch
    {
        ApplicationStatus.Submitted => new("已提交", "Submitted"),
        ApplicationStatus.Accepted => new("已受理", "Accepted"),
        ApplicationStatus.NeedsMaterials => new("待补正", "Needs more materials"),
        ApplicationStatus.Resubmitted => new("已补正", "Resubmitted"),
        ApplicationStatus.Approved => new("办结（准予）", "Approved"),
        ApplicationStatus.Rejected => new("不予受理", "Rejected"),
        _ => new(status.ToString(), status.ToString()),
    };

    public static Bilingual Of(ApplicationAction action) => action switch
    {
        ApplicationAction.Submit => new("提交", "Submit"),
        ApplicationAction.Accept => new("受理", "Accept"),
        ApplicationAction.RequestMaterials => new("告知补正", "Ask for more materials"),
        ApplicationAction.Resubmit => new("补正提交", "Materials resubmitted"),
        ApplicationAction.Approve => new("办结（准予）", "Approve"),
        ApplicationAction.Reject => new("不予受理", "Reject"),
        _ => new(action.ToString(), action.ToString()),
    };

    /// <summary>Accepts the English enum name (any case) or the Chinese name.</summary>
    public static ApplicationAction? ParseAction(string? text)
    {
        var t = text?.Trim() ?? "";
        if (Enum.TryParse<ApplicationAction>(t, ignoreCase: true, out var action) && Enum.IsDefined(action) && !int.TryParse(t, out _))
        {
            return action;
        }
        return Enum.GetValues<ApplicationAction>().Cast<ApplicationAction?>().FirstOrDefault(a => Of(a!.Value).Zh == t);
    }

    public static ApplicationStatus? ParseStatus(string? text) =>
        Enum.TryParse<ApplicationStatus>(text?.Trim(), ignoreCase: true, out var s) && Enum.IsDefined(s) && !int.TryParse(text, out _) ? s : null;

    public static bool IsOpen(this ApplicationStatus status) => status is not (ApplicationStatus.Approved or ApplicationStatus.Rejected);
}
