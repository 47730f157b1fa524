namespace Linli.Features.Residents;

public static class RegistryApi
{
    /// <summary>The registry's endpoints: residents, households, identity conflicts.</summary>
    public static void Map(RouteGroupBuilder api)
    {
        ResidentsApi.Map(api);
        HouseholdsApi.Map(api);
        ConflictsApi.Map(api);
    }
}
