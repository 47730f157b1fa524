using Linli.Core.Common;

namespace Linli.Core.Features.Admission;

/// <summary>What a department wants to put into communities (准入事项类型).</summary>
public enum AdmissionKind
{
    Organization = 1, // 组织机构进社区
    WorkTask = 2,     // 工作任务
    Assessment = 3,   // 检查/评比/考核 — counted against the assessment cap
    Training = 4,     // 培训 (and the meetings that come with it)
    Plaque = 5,       // 挂牌
    NewLedger = 6,    // 新设台账
    Survey = 7,       // 调查统计
    Certificate = 8,  // 证明开具
    Other = 9,        // 其他
}

public static class AdmissionKindNames
{
    public static readonly IReadOnlyDictionary<AdmissionKind, Bilingual> All = new Dictionary<AdmissionKind, Bilingual>
    {
        [AdmissionKind.Organization] = new("组织机构进社区", "Organization in communities"),
        [AdmissionKind.WorkTask] = new("工作任务", "Work task"),
        [AdmissionKind.Assessment] = new("检查/评比/考核", "Inspection/rating/assessment"),
        [AdmissionKind.Training] = new("培训", "Training"),
        [AdmissionKind.Plaque] = new("挂牌", "Plaque"),
        [AdmissionKind.NewLedger] = new("新设台账", "New ledger"),
        [AdmissionKind.Survey] = new("调查统计", "Survey"),
        [AdmissionKind.Certificate] = new("证明开具", "Certificate"),
        [AdmissionKind.Other] = new("其他", "Other"),
    };

    public static Bilingual Of(AdmissionKind kind) => All.TryGetValue(kind, out var name) ? name : new(kind.ToString(), kind.ToString());

    /// <summary>Accepts the English enum name or the Chinese name (as forms and the API send them).</summary>
    public static AdmissionKind? Parse(string? text)
    {
        var t = (text ?? "").Trim();
        if (t.Length == 0)
        {
            return null;
        }
        if (Enum.TryParse<AdmissionKind>(t, ignoreCase: true, out var kind) && Enum.IsDefined(kind) && !int.TryParse(t, out _))
        {
            return kind;
        }
        return All.Where(p => p.Value.Zh == t).Select(p => (AdmissionKind?)p.Key).FirstOrDefault();
    }
}
