using Linli.Core.Common;

namespace Linli.Core.Features.Requests;

/// <summary>The kind of unit a category's requests go to when no routing rule names one. Stored; never renumber.</summary>
public enum RoutingTargetKind
{
    Community = 1,      // 社区: the community the place belongs to
    Street = 2,         // 街道: the street above that community
    Department = 3,     // 职能部门: needs a routing rule naming the department's unit
    ServiceCompany = 4, // 加盟企业: member service companies (routed by the open311 work)
}

public static class RoutingTargetKindNames
{
    public static Bilingual Of(RoutingTargetKind kind) => kind switch
    {
        RoutingTargetKind.Community => new("社区", "Community"),
        RoutingTargetKind.Street => new("街道", "Street"),
        RoutingTargetKind.Department => new("职能部门", "Department"),
        RoutingTargetKind.ServiceCompany => new("加盟企业", "Service company"),
        _ => new(kind.ToString(), kind.ToString()),
    };
}
