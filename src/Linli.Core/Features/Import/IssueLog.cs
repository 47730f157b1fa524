namespace Linli.Core.Features.Import;

/// <summary>Row problems of one import: kept up to <see cref="ImportLimits.MaxStoredIssues"/>, bad rows counted exactly.</summary>
public sealed class IssueLog
{
    private readonly List<ImportIssue> _issues = [];
    private readonly HashSet<int> _badRows = [];

    public IReadOnlyList<ImportIssue> Issues => _issues;
    public int BadRowCount => _badRows.Count;
    public bool IsBad(int rowNumber) => _badRows.Contains(rowNumber);

    public void Add(ImportIssue issue)
    {
        _badRows.Add(issue.RowNumber);
        if (_issues.Count < ImportLimits.MaxStoredIssues)
        {
            _issues.Add(issue);
        }
    }

    public void AddRange(IEnumerable<ImportIssue> issues)
    {
        foreach (var issue in issues)
        {
            Add(issue);
        }
    }

    /// <summary>Report order: by row, then in the order found.</summary>
    public IReadOnlyList<ImportIssue> Sorted() => [.. _issues.OrderBy(i => i.RowNumber)];
}
