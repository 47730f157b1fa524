using Linli.Features.Open311;

namespace Linli.Features.Companies;

/// <summary>The host's one hook for this work: the company fence (after authentication) and the Open311 routes.</summary>
public static class ServiceNetworkSetup
{
    public static void UseLinliServiceNetwork(this WebApplication app)
    {
        app.UseCompanyFence();
        app.MapOpen311();
    }
}
