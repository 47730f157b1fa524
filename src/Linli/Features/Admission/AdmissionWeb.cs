using Linli.Components.Layout;
using Linli.Core.Features.Accounts;

namespace Linli.Features.Admission;

/// <summary>Issue 5's web registrations: the API groups (one line in ApiSetup) and the menu entry 准入 (one line in MainMenu).</summary>
public static class AdmissionWeb
{
    public static void MapApi(RouteGroupBuilder api)
    {
        AdmissionApi.Map(api);
        ReviewGroupApi.Map(api);
        CommunityTasksApi.Map(api);
        DutyListApi.Map(api);
        BurdenApi.Map(api);
    }

    public static IServiceCollection AddLinliAdmissionWeb(this IServiceCollection services) => services.AddScoped<DutyListPage>();

    public static readonly IReadOnlyList<MainMenu.Item> Menu =
    [
        new("/admission", new("准入", "Admission"), role => role != Role.SystemAdmin),
        new("/burden", new("减负统计", "Burden"), role => role is not (Role.SystemAdmin or Role.GridWorker)),
    ];
}
