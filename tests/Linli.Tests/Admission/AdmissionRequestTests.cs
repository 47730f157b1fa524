using Linli.Core.Features.Admission;

namespace Linli.Tests.Admission;

public class AdmissionRequestTests
{
    private static readonly DateTime Now = new(2026, 3, 1, 8, 0, 0, DateTimeKind.Utc);

    private static AdmissionRequest Approved()
    {
        var r = new AdmissionRequest { DepartmentUserId = "u", DepartmentName = "部门", Path = "41/", Title = "考核" };
        Assert.Null(r.Approve("ZR-4111-2026-0001", new(2026, 1, 1), new(2026, 12, 31), null, "组长", Now));
        return r;
    }

    [Fact]
    public void InForceOn_OnlyInsideTheValidityPeriod()
    {
        var r = Approved();
        Assert.False(r.InForceOn(new(2025, 12, 31)));
        Assert.True(r.InForceOn(new(2026, 1, 1)));
        Assert.True(r.InForceOn(new(2026, 12, 31)));
        Assert.False(r.InForceOn(new(2027, 1, 1)));
    }

    [Fact]
    public void Revoked_IsNoLongerInForce_AndCannotBeRevokedTwice()
    {
        var r = Approved();
        Assert.Null(r.Revoke("部门已撤销该考核", Now));
        Assert.False(r.InForceOn(new(2026, 6, 1)));
        Assert.NotNull(r.Revoke("again", Now));
    }

    [Fact]
    public void Approve_WithConditions_SetsTheStatus_AndDecidedRequestCannotBeWithdrawn()
    {
        var r = new AdmissionRequest { DepartmentUserId = "u", DepartmentName = "部门", Path = "41/", Title = "考核" };
        Assert.Null(r.Approve("ZR-1", new(2026, 1, 1), new(2026, 6, 30), "不得要求纸质台账", "组长", Now));
        Assert.Equal(AdmissionStatus.ApprovedWithConditions, r.Status);
        Assert.NotNull(r.Withdraw(Now));
        Assert.NotNull(r.Reject("x", "组长", Now));
    }

    [Fact]
    public void Withdraw_UnderReview_Works_Once()
    {
        var r = new AdmissionRequest { DepartmentUserId = "u", DepartmentName = "部门", Path = "41/", Title = "考核" };
        Assert.Null(r.Withdraw(Now));
        Assert.Equal(AdmissionStatus.Withdrawn, r.Status);
        Assert.NotNull(r.Withdraw(Now));
    }
}
