using Linli.Core.Common;
using Linli.Core.Features.Accounts;
using Linli.Core.Features.Requests;

namespace Linli.Tests.Requests;

public class RequestWorkflowTests
{
    private static readonly DateTime Now = new(2026, 12, 1, 2, 0, 0, DateTimeKind.Utc);

    private static ServiceRequest NewRequest() => new()
    {
        TrackingNumber = "Q20261201-000001",
        VerificationHash = [1],
        Path = "41/",
        Description = "路灯不亮",
    };

    [Fact]
    public void Apply_HappyPath_WalksEveryStateAndRecordsHistory()
    {
        var request = NewRequest();
        Assert.True(request.Apply(RequestAction.Route, Role.HotlineOperator, "话务员", "op", null, Now, 7, "41/4111/").Ok);
        Assert.True(request.Apply(RequestAction.Accept, Role.CommunityWorker, "社工", "cw", null, Now.AddHours(1)).Ok);
        Assert.True(request.Apply(RequestAction.Start, Role.CommunityWorker, "社工", "cw", null, Now.AddHours(2)).Ok);
        Assert.True(request.Apply(RequestAction.Resolve, Role.CommunityWorker, "社工", "cw", "已更换灯泡", Now.AddHours(3)).Ok);
        Assert.True(request.Apply(RequestAction.CallBack, Role.HotlineOperator, "话务员", "op", null, Now.AddHours(4)).Ok);
        Assert.True(request.Apply(RequestAction.Close, Role.HotlineOperator, "话务员", "op", null, Now.AddHours(5)).Ok);

        Assert.Equal(RequestStatus.Closed, request.Status);
        Assert.Equal(7, request.AssignedUnitId);
        Assert.Equal(Now.AddHours(1), request.RespondedAt);
        Assert.Equal(Now.AddHours(3), request.ResolvedAt);
        Assert.Equal(Now.AddHours(5), request.ClosedAt);
        Assert.Equal(
            [RequestStatus.Routed, RequestStatus.Accepted, RequestStatus.InProgress, RequestStatus.Resolved, RequestStatus.CalledBack, RequestStatus.Closed],
            request.History.Select(h => h.To));
        Assert.Equal("已更换灯泡", request.History[3].Note);
        Assert.Equal(RequestStatus.InProgress, request.History[3].From);
    }

    [Fact]
    public void Apply_AcceptOnResolvedRequest_IsRefusedWithStateAndActionNamed()
    {
        var request = NewRequest();
        request.Status = RequestStatus.Resolved;

        var result = request.Apply(RequestAction.Accept, Role.CommunityWorker, "社工", "cw", null, Now);

        Assert.False(result.Ok);
        Assert.Equal(FailureKind.Conflict, result.Failure!.Kind);
        Assert.Equal("诉求当前为“已办结”，不能“签收”", result.Failure.Message.Zh);
        Assert.Contains("resolved", result.Failure.Message.En);
        Assert.Equal(RequestStatus.Resolved, request.Status);
        Assert.Empty(request.History);
    }

    [Fact]
    public void Apply_GridWorkerRoutes_IsForbidden()
    {
        var result = NewRequest().Apply(RequestAction.Route, Role.GridWorker, "网格员", "g", null, Now, 7, "41/");

        Assert.Equal(FailureKind.Forbidden, result.Failure!.Kind);
        Assert.Equal("“网格员”角色不能“派单”", result.Failure.Message.Zh);
    }

    [Theory]
    [InlineData(RequestAction.Resolve, RequestStatus.InProgress)]
    [InlineData(RequestAction.Return, RequestStatus.Routed)]
    [InlineData(RequestAction.Reopen, RequestStatus.Resolved)]
    public void Apply_ActionWithoutNote_AsksForTheNote(RequestAction action, RequestStatus from)
    {
        var request = NewRequest();
        request.Status = from;
        var role = RequestWorkflow.RuleFor(action)!.Roles.First();

        var result = request.Apply(action, role, "x", "x", "  ", Now);

        Assert.Equal("note", result.Failure!.Field);
        Assert.Equal(from, request.Status);
    }

    [Fact]
    public void Apply_UrgeKeepsStatusButRecordsIt()
    {
        var request = NewRequest();
        request.Status = RequestStatus.InProgress;

        var result = request.Apply(RequestAction.Urge, Role.StreetOffice, "街道", "s", "请尽快", Now);

        Assert.True(result.Ok);
        Assert.Equal(RequestStatus.InProgress, request.Status);
        Assert.Equal((RequestStatus?)RequestStatus.InProgress, result.Value!.From);
        Assert.Equal(RequestAction.Urge, result.Value.Action);
    }

    [Fact]
    public void Apply_SweeperMayEscalateButNotResolve()
    {
        var request = NewRequest();
        request.Status = RequestStatus.Accepted;

        Assert.True(request.Apply(RequestAction.Escalate, null, "系统", null, "办理超期", Now, 3, "41/4111/").Ok);
        Assert.Equal(RequestStatus.Escalated, request.Status);
        Assert.Equal(FailureKind.Forbidden, request.Apply(RequestAction.Accept, null, "系统", null, null, Now).Failure!.Kind);
    }

    [Fact]
    public void Apply_ReopenAfterUnsatisfiedCallback_CountsAndClearsResolution()
    {
        var request = NewRequest();
        request.Status = RequestStatus.Resolved;
        request.ResolvedAt = Now;

        Assert.True(request.Apply(RequestAction.Reopen, Role.HotlineOperator, "话务员", "op", "居民不满意", Now).Ok);

        Assert.Equal(RequestStatus.Reopened, request.Status);
        Assert.Equal(1, request.ReopenCount);
        Assert.Null(request.ResolvedAt);
        Assert.True(request.Apply(RequestAction.Accept, Role.CommunityWorker, "社工", "cw", null, Now).Ok);
    }

    [Fact]
    public void Table_NoActionLeavesAFinalState_ExceptReopenAfterCallback()
    {
        foreach (var rule in RequestWorkflow.Rules)
        {
            Assert.DoesNotContain(RequestStatus.Closed, rule.From);
            Assert.DoesNotContain(RequestStatus.Merged, rule.From);
        }
        Assert.Equal([RequestAction.Reopen, RequestAction.Close], RequestWorkflow.AllowedActions(RequestStatus.CalledBack, Role.HotlineOperator));
    }

    [Fact]
    public void AllowedActions_CommunityWorkerOnRoutedRequest_AcceptOrReturnOrMerge()
    {
        Assert.Equal(
            [RequestAction.Accept, RequestAction.Return, RequestAction.Merge],
            RequestWorkflow.AllowedActions(RequestStatus.Routed, Role.CommunityWorker));
        Assert.Empty(RequestWorkflow.AllowedActions(RequestStatus.Closed, Role.CivilAffairs));
    }

    [Theory]
    [InlineData("accept", RequestAction.Accept)]
    [InlineData("签收", RequestAction.Accept)]
    [InlineData("Reopen", RequestAction.Reopen)]
    [InlineData("3", null)]
    [InlineData("fly", null)]
    public void ParseAction_AcceptsEnglishOrChinese(string text, RequestAction? expected) =>
        Assert.Equal(expected, RequestActionNames.Parse(text));
}
