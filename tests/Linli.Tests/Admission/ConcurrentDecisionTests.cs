using Linli.Core.Common;
using Linli.Core.Features.Admission;
using Linli.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Linli.Tests.Admission;

/// <summary>Chairs deciding at the same instant: every approval gets its own number, and one request
/// decided twice at once gives one decision and one clear conflict, never a 500.</summary>
public class ConcurrentDecisionTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ApprovalsAtTheSameInstant_GetDistinctNumbers(string provider)
    {
        await using var fixture = await AdmissionFixture.CreateAsync(provider);
        var ids = new List<long>();
        for (var i = 0; i < 6; i++)
        {
            ids.Add(await ReadyToDecideAsync(fixture, $"同时审批的培训{i}"));
        }

        var results = await Task.WhenAll(ids.Select(id => Task.Run(() => DecideAsync(fixture, id))));

        var numbers = results.Select(r => AdmissionFixture.Ok(r).AdmissionNumber!).ToList();
        Assert.Equal(ids.Count, numbers.Distinct().Count());
        var year = DateTime.UtcNow.Year;
        Assert.All(numbers, n => Assert.Matches($"^ZR-4111-{year}-\\d{{4}}$", n));
        Assert.Equal(Enumerable.Range(1, ids.Count).Select(i => $"ZR-4111-{year}-{i:0000}"), numbers.Order());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task OneRequestDecidedTwiceAtOnce_OneDecisionAndOneConflict(string provider)
    {
        await using var fixture = await AdmissionFixture.CreateAsync(provider);
        var id = await ReadyToDecideAsync(fixture, "重复决定的培训");

        var results = await Task.WhenAll(Task.Run(() => DecideAsync(fixture, id)), Task.Run(() => DecideAsync(fixture, id)));

        Assert.Single(results, r => r.Ok);
        var loser = Assert.Single(results, r => !r.Ok);
        Assert.Equal(FailureKind.Conflict, loser.Failure!.Kind);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task TaskReportedDoneTwiceAtOnce_OneWinsAndTheOtherIsToldSo(string provider)
    {
        await using var fixture = await AdmissionFixture.CreateAsync(provider);
        var admitted = await fixture.AdmitAsync(AdmissionFixture.Command(AdmissionKind.WorkTask, "入户宣传", communities: [AdmissionFixture.Binxi]));
        var task = Assert.Single(AdmissionFixture.Ok(await fixture.RunAsync(sp => sp.GetRequiredService<IssueCommunityTasks>()
            .HandleAsync(fixture.Department, new(admitted.AdmissionNumber, null, "入户宣传", "", [], AdmissionFixture.Today.AddDays(5))))));

        var results = await Task.WhenAll(Enumerable.Range(0, 2).Select(i => Task.Run(() =>
            fixture.RunAsync(sp => sp.GetRequiredService<CompleteCommunityTask>().HandleAsync(fixture.Community, task.Id, $"完成{i}")))));

        Assert.Single(results, r => r.Ok);
        Assert.Equal(FailureKind.Conflict, Assert.Single(results, r => !r.Ok).Failure!.Kind);
    }

    private static async Task<long> ReadyToDecideAsync(AdmissionFixture fixture, string title)
    {
        var filed = AdmissionFixture.Ok(await fixture.RunAsync(sp => sp.GetRequiredService<FileAdmissionRequest>()
            .HandleAsync(fixture.Department, AdmissionFixture.Command(AdmissionKind.Training, title))));
        foreach (var member in new[] { fixture.Chair, fixture.Member2 })
        {
            AdmissionFixture.Ok(await fixture.RunAsync(sp => sp.GetRequiredService<RecordOpinion>().HandleAsync(member, filed.Id, Vote.Approve, "")));
        }
        return filed.Id;
    }

    private static Task<Result<AdmissionRequest>> DecideAsync(AdmissionFixture fixture, long id) =>
        fixture.RunAsync(sp => sp.GetRequiredService<DecideAdmission>().HandleAsync(fixture.Chair, id, new(null, null, null, null, null)));
}
