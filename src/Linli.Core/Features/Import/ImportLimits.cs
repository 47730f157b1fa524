namespace Linli.Core.Features.Import;

/// <summary>What one upload may hold; larger lists are split by community.</summary>
public static class ImportLimits
{
    public const long MaxFileBytes = 200L * 1024 * 1024;
    public const int MaxDataRows = 1_000_000;

    /// <summary>Row errors kept for the report; the count of bad rows is always exact.</summary>
    public const int MaxStoredIssues = 10_000;

    public static readonly Linli.Core.Common.Bilingual FileTooLarge = new(
        "文件超过200 MB，请按社区拆分后分别导入", "The file is larger than 200 MB; split it by community and import the parts");

    public static readonly Linli.Core.Common.Bilingual TooManyRows = new(
        "文件超过1,000,000行数据，请按社区拆分后分别导入", "The file has more than 1,000,000 data rows; split it by community and import the parts");
}
