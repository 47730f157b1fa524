using Linli.Core.Features.Registry;
using Linli.Features.Accounts;
using Linli.Features.Api;

namespace Linli.Features.Residents;

/// <summary>/api/v1/conflicts: the same ID number registered in two communities, for both sides' supervisors.</summary>
public static class ConflictsApi
{
    public sealed record ResolveRequest(string? Outcome, string? Note);

    public static void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/conflicts").WithTags("Conflicts");
        group.MapGet("", async (bool? includeResolved, CurrentCaller current, IdentityConflictList list, CancellationToken ct) =>
            RegistryJson.From(await list.HandleAsync(current.Value!, includeResolved ?? false, ct), rows => rows))
            .WithSummary("身份冲突 / identity conflicts");

        group.MapPost("/{id:long}/resolve", async (long id, JsonBody<ResolveRequest> json, CurrentCaller current, ResolveIdentityConflict resolve, CancellationToken ct) =>
        {
            if (json.Failure is { } malformed)
            {
                return ApiResults.Problem(malformed);
            }
            var body = json.Body;
            var outcome = RegistryInput.Outcome(body.Outcome);
            if (outcome.Failure is { } bad)
            {
                return ApiResults.Problem(bad);
            }
            if (outcome.Value is not { } chosen)
            {
                return ApiResults.Problem(Core.Common.Failure.Invalid("outcome", "请选择处理结果：ExistingIsCorrect 或 PersonMovedToClaimingCommunity", "Choose ExistingIsCorrect or PersonMovedToClaimingCommunity"));
            }
            return RegistryJson.From(await resolve.HandleAsync(current.Value!, new(id, chosen, body.Note), ct), c => new { c.Id, c.Resolved, c.Resolution });
        }).WithSummary("处理身份冲突 / resolve an identity conflict");
    }
}
