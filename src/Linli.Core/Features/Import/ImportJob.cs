namespace Linli.Core.Features.Import;

/// <summary>
/// One upload of a resident file (导入任务): who sent it, for which org subtree, how it is going and
/// what it did. Row errors are kept beside it in <see cref="ImportRowError"/>.
/// </summary>
public sealed class ImportJob
{
    public long Id { get; set; }
    public string? UserId { get; set; }
    public required string Actor { get; set; }
    public long OrgUnitId { get; set; }
    public Linli.Core.Features.Accounts.Role Role { get; set; }

    /// <summary>The caller's scope when the file was sent; rows for communities outside it are errors.</summary>
    public required string OrgPath { get; set; }

    public required string FileName { get; set; }
    public long FileSize { get; set; }
    public ImportJobStatus Status { get; set; } = ImportJobStatus.Queued;
    public ImportMode Mode { get; set; } = ImportMode.AllOrNothing;

    public int Total { get; set; }
    public int Inserted { get; set; }
    public int Updated { get; set; }
    public int Unchanged { get; set; }
    public int Errors { get; set; }

    /// <summary>0..100, for the progress bar.</summary>
    public int Progress { get; set; }

    /// <summary>Why the whole file failed (empty file, wrong headers, errors in all-or-nothing mode).</summary>
    public string? MessageZh { get; set; }
    public string? MessageEn { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime? StartedAt { get; set; }
    public DateTime? FinishedAt { get; set; }

    public bool IsFinished => Status is ImportJobStatus.Succeeded or ImportJobStatus.Failed;
}

public enum ImportJobStatus
{
    Queued = 1,    // 排队中
    Running = 2,   // 处理中
    Succeeded = 3, // 完成
    Failed = 4,    // 失败
}

public enum ImportMode
{
    AllOrNothing = 1, // 全部正确才导入
    ValidRowsOnly = 2, // 只导入正确的行
}

/// <summary>One problem in one row (第N行), in the column it concerns.</summary>
public sealed class ImportRowError
{
    public long Id { get; set; }
    public long JobId { get; set; }

    /// <summary>The row number the spreadsheet program shows (header = 1); 1 for file-level problems such as headers.</summary>
    public int RowNumber { get; set; }

    public required string Column { get; set; }
    public required string MessageZh { get; set; }
    public required string MessageEn { get; set; }
}
