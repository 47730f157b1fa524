using Linli.Core.Features.Registry;

namespace Linli.Core.Features.Workers;

/// <summary>
/// A community worker (社区工作者) on a community's roster. The ID number is stored like a
/// resident's: encrypted, with a keyed hash to find the person and a masked copy for lists.
/// Nobody is deleted: leaving sets LeaveDate and LeaveReason, which turnover counts.
/// </summary>
public sealed class CommunityWorker : Linli.Core.Common.IHasPath
{
    public long Id { get; set; }
    public long CommunityId { get; set; }

    /// <summary>The community's path: subtree queries and scope checks.</summary>
    public required string Path { get; set; }

    public required string Name { get; set; }
    public required byte[] DocumentCipher { get; set; }
    public required byte[] DocumentHash { get; set; }
    public required string DocumentMasked { get; set; }
    public Sex? Sex { get; set; }
    public DateOnly? BirthDate { get; set; }

    public WorkerPost Post { get; set; }
    public EmploymentType Employment { get; set; }
    public DateOnly HireDate { get; set; }
    public DateOnly? LeaveDate { get; set; }
    public string? LeaveReason { get; set; }
    public Education? Education { get; set; }
    public Certificate Certificate { get; set; }
    public int TrainingHours { get; set; }
    public decimal? MonthlyPay { get; set; }

    /// <summary>False flags a post filled on paper but not actually worked (挂名/不在岗).</summary>
    public bool OnPost { get; set; } = true;

    /// <summary>Member of the residents' committee (居委会成员), with the term they were elected for.</summary>
    public bool CommitteeMember { get; set; }
    public DateOnly? TermStart { get; set; }
    public DateOnly? TermEnd { get; set; }

    public bool IsDemo { get; set; }
    public int Version { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    /// <summary>On the roll on <paramref name="date"/>: hired by then and not yet left.</summary>
    public static bool OnRollOn(DateOnly hire, DateOnly? leave, DateOnly date) => hire <= date && (leave is null || leave > date);
}
