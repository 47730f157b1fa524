namespace Linli.Core.Features.Companies;

/// <summary>
/// A member service company (加盟企业, as in Ningbo's 81890 network): requests of the categories it
/// serves, placed inside its service area, may be routed to it. Its users (role ServiceCompany)
/// see and update only requests routed to it.
/// </summary>
public sealed class ServiceCompany
{
    public long Id { get; set; }
    public required string Name { get; set; }

    /// <summary>A business contact (desk phone, person on duty); not a resident's personal data.</summary>
    public required string Contact { get; set; }

    public bool Active { get; set; } = true;
    public bool IsDemo { get; set; }
    public DateTime CreatedAt { get; set; }
    public int Version { get; set; }

    public List<ServiceCompanyCategory> Categories { get; set; } = [];
    public List<ServiceCompanyArea> Areas { get; set; } = [];
    public List<ServiceCompanyPrice> Prices { get; set; } = [];
}

/// <summary>A request category the company serves.</summary>
public sealed class ServiceCompanyCategory
{
    public long CompanyId { get; set; }
    public long CategoryId { get; set; }
}

/// <summary>An org path prefix (a street, a community) the company serves.</summary>
public sealed class ServiceCompanyArea
{
    public long CompanyId { get; set; }
    public required string PathPrefix { get; set; }
}

/// <summary>One line of the price list; whole fen, so both databases sort and sum it exactly.</summary>
public sealed class ServiceCompanyPrice
{
    public long Id { get; set; }
    public long CompanyId { get; set; }
    public required string Item { get; set; }
    public required string Unit { get; set; }
    public long PriceFen { get; set; }
}

/// <summary>Binds an account of role ServiceCompany to its company.</summary>
public sealed class ServiceCompanyUser
{
    public required string UserId { get; set; }
    public long CompanyId { get; set; }
}
