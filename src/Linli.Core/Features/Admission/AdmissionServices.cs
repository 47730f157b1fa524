using Microsoft.Extensions.DependencyInjection;

namespace Linli.Core.Features.Admission;

public static class AdmissionServices
{
    /// <summary>Audit action for an assessment admitted over the cap (the override reason is on the request too).</summary>
    public const string CapOverrideAction = "admission-cap-override";

    /// <summary>Every state change of these is written to the audit log by the change interceptor.</summary>
    public static readonly Type[] AuditedTypes =
    [
        typeof(DutyList), typeof(AdmissionRequest), typeof(ReviewGroup), typeof(ReviewMember), typeof(ReviewOpinion),
        typeof(CommunityTask), typeof(UnadmittedReport), typeof(AdmissionAttachment),
    ];

    public static IServiceCollection AddLinliAdmission(this IServiceCollection services) => services
        .AddScoped<DutyLists>()
        .AddScoped<PublishDutyList>()
        .AddScoped<ReviewGroups>()
        .AddScoped<ReviewContext>()
        .AddScoped<AssessmentCap>()
        .AddScoped<ReviewFlags>()
        .AddScoped<FileAdmissionRequest>()
        .AddScoped<RecordOpinion>()
        .AddScoped<DecideAdmission>()
        .AddScoped<WithdrawAdmissionRequest>()
        .AddScoped<RevokeAdmission>()
        .AddScoped<AttachmentStore>()
        .AddScoped<IssueCommunityTasks>()
        .AddScoped<CompleteCommunityTask>()
        .AddScoped<ReportUnadmittedTask>()
        .AddScoped<ResolveUnadmittedReport>()
        .AddScoped<AdmissionQueries>()
        .AddScoped<AdmissionDemo>()
        .AddScoped<Burden.BurdenQuery>();
}
