namespace Linli.Core.Features.Admission;

public enum CommunityTaskStatus
{
    Open = 1,
    Completed = 2,
}

/// <summary>
/// A task as it reaches one community through Linli: it always cites an admission in force or a
/// duty-list entry (<see cref="IssueCommunityTasks"/> refuses anything else).
/// </summary>
public sealed class CommunityTask : Common.IHasPath
{
    public long Id { get; set; }
    public long CommunityId { get; set; }
    public required string Path { get; set; }
    public long? AdmissionRequestId { get; set; }
    public long? DutyEntryId { get; set; }

    /// <summary>The admission number or "清单：title" — what the community sees as the authority.</summary>
    public required string Basis { get; set; }

    public AdmissionKind Kind { get; set; }
    public required string Title { get; set; }
    public string Details { get; set; } = "";
    public required string Department { get; set; }
    public string IssuedByUserId { get; set; } = "";
    public DateTime IssuedAt { get; set; }
    public DateOnly Deadline { get; set; }
    public CommunityTaskStatus Status { get; set; } = CommunityTaskStatus.Open;
    public DateTime? CompletedAt { get; set; }
    public string? CompletionNote { get; set; }
    public bool IsDemo { get; set; }
    public int Version { get; set; }
}

public enum UnadmittedReportStatus
{
    Open = 1,      // 待处理
    Upheld = 2,    // 属实：未经准入，已责令停止
    Dismissed = 3, // 不属实：事项已准入或在清单内
}

/// <summary>A community's report of a task that reached it outside Linli without admission (未准入事项举报).</summary>
public sealed class UnadmittedReport : Common.IHasPath
{
    public long Id { get; set; }
    public long CommunityId { get; set; }
    public required string Path { get; set; }
    public required string Department { get; set; }
    public required string What { get; set; }
    public DateOnly ReceivedOn { get; set; }
    public string Evidence { get; set; } = "";
    public string ReportedByUserId { get; set; } = "";
    public string ReportedBy { get; set; } = "";
    public DateTime ReportedAt { get; set; }
    public UnadmittedReportStatus Status { get; set; } = UnadmittedReportStatus.Open;
    public string? Outcome { get; set; }
    public string? ResolvedBy { get; set; }
    public DateTime? ResolvedAt { get; set; }
    public bool IsDemo { get; set; }
    public int Version { get; set; }

    /// <summary>
    /// Who sees the report outside its review group (as <see cref="AdmissionQueries.ReportsAsync"/> lists them):
    /// the caller's area, and a department only once it is settled — it must not learn of an open report against it.
    /// </summary>
    public bool IsVisibleTo(Accounts.Caller caller) =>
        caller.CanSee(Path) && (caller.Role != Accounts.Role.Department || Status != UnadmittedReportStatus.Open);
}
