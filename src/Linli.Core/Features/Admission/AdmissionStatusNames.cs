using Linli.Core.Common;

namespace Linli.Core.Features.Admission;

public static class AdmissionStatusNames
{
    public static Bilingual Of(AdmissionStatus status) => status switch
    {
        AdmissionStatus.Submitted => new("待审核", "Awaiting review"),
        AdmissionStatus.Withdrawn => new("已撤回", "Withdrawn"),
        AdmissionStatus.Approved => new("准予准入", "Approved"),
        AdmissionStatus.ApprovedWithConditions => new("附条件准入", "Approved with conditions"),
        AdmissionStatus.Rejected => new("不予准入", "Rejected"),
        AdmissionStatus.Revoked => new("已撤销", "Revoked"),
        _ => new(status.ToString(), status.ToString()),
    };
}
