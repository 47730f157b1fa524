using Linli.Core.Common;

namespace Linli.Core.Features.Requests;

/// <summary>What someone does to a request; each is one row of <see cref="RequestWorkflow"/>. Stored; never renumber.</summary>
public enum RequestAction
{
    Receive = 1,  // 受理 (creation; only ever the first history row)
    Route = 2,    // 派单
    Accept = 3,   // 签收
    Start = 4,    // 开始办理
    Resolve = 5,  // 办结
    CallBack = 6, // 回访（满意）
    Close = 7,    // 归档
    Return = 8,   // 退回
    Urge = 9,     // 催办 (the status stays; the history records it)
    Escalate = 10, // 升级
    Reopen = 11,  // 重办
    Merge = 12,   // 合并
}

public static class RequestActionNames
{
    public static Bilingual Of(RequestAction action) => action switch
    {
        RequestAction.Receive => new("受理", "Receive"),
        RequestAction.Route => new("派单", "Route"),
        RequestAction.Accept => new("签收", "Accept"),
        RequestAction.Start => new("开始办理", "Start work"),
        RequestAction.Resolve => new("办结", "Resolve"),
        RequestAction.CallBack => new("回访", "Call back"),
        RequestAction.Close => new("归档", "Close"),
        RequestAction.Return => new("退回", "Return"),
        RequestAction.Urge => new("催办", "Urge"),
        RequestAction.Escalate => new("升级", "Escalate"),
        RequestAction.Reopen => new("重办", "Reopen"),
        RequestAction.Merge => new("合并", "Merge"),
        _ => new(action.ToString(), action.ToString()),
    };

    /// <summary>Accepts the English enum name (any case) or the Chinese name, as the API and forms send them.</summary>
    public static RequestAction? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || int.TryParse(text, out _))
        {
            return null;
        }
        var trimmed = text.Trim();
        if (Enum.TryParse<RequestAction>(trimmed, ignoreCase: true, out var action) && Enum.IsDefined(action))
        {
            return action;
        }
        return Enum.GetValues<RequestAction>().Cast<RequestAction?>().FirstOrDefault(a => Of(a!.Value).Zh == trimmed);
    }
}
