using Linli.Core.Features.Accounts;
using Linli.Core.Features.Admission;
using Linli.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Linli.Tests.Admission.AdmissionFixture;

namespace Linli.Tests.Admission;

/// <summary>The outcome shown to the chair before deciding is the one the decision reaches.</summary>
public class TentativeOutcomeTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RemovedMembersOpinion_CountsNeitherInTheTentativeOutcomeNorInTheDecision(string provider)
    {
        await using var f = await CreateAsync(provider);
        var filed = Ok(await f.RunAsync(sp => sp.GetRequiredService<FileAdmissionRequest>().HandleAsync(f.Department, Command(AdmissionKind.WorkTask, "防汛宣传"))));
        foreach (var member in new[] { f.Member2, f.Member3 })
        {
            Ok(await f.RunAsync(sp => sp.GetRequiredService<RecordOpinion>().HandleAsync(member, filed.Id, Vote.Approve, "")));
        }
        Assert.Equal(DecisionOutcome.Approved, await TentativeAsync(f, filed.Id));

        // 成员二 leaves the group and 成员四 joins: one approval of three members is not a majority yet.
        await f.RunAsync(async sp =>
        {
            Ok(await sp.GetRequiredService<CreateAccount>().HandleAsync(new("chengyuan4", "成员四", "Test2026x", Role.AdmissionReviewer, "4111")));
            return Ok(await sp.GetRequiredService<ReviewGroups>().SetUpAsync(null, new("4111", null, DecisionRule.SimpleMajority, ["zuzhang", "chengyuan3", "chengyuan4"], "zuzhang")));
        });
        Assert.Equal(DecisionOutcome.Pending, await TentativeAsync(f, filed.Id));
        var refused = await f.RunAsync(sp => sp.GetRequiredService<DecideAdmission>().HandleAsync(f.Chair, filed.Id, new(null, null, null, null, null)));
        Assert.Contains("3 名成员中已有 1 人表态", refused.Failure!.Message.Zh, StringComparison.Ordinal);

        Ok(await f.RunAsync(sp => sp.GetRequiredService<RecordOpinion>().HandleAsync(f.Chair, filed.Id, Vote.Approve, "")));
        Assert.Equal(DecisionOutcome.Approved, await TentativeAsync(f, filed.Id));
        Assert.Equal(AdmissionStatus.Approved, Ok(await f.RunAsync(sp => sp.GetRequiredService<DecideAdmission>().HandleAsync(f.Chair, filed.Id, new(null, null, null, null, null)))).Status);
    }

    private static async Task<DecisionOutcome> TentativeAsync(AdmissionFixture f, long id) =>
        Ok(await f.RunAsync(sp => sp.GetRequiredService<AdmissionQueries>().RequestAsync(f.Chair, id))).Tentative;
}
