using Linli.Core.Common;

namespace Linli.Core.Features.Import;

/// <summary>What an import did. <see cref="Message"/> says why nothing was written, when nothing was.</summary>
public sealed record ImportOutcome(bool Succeeded, int Total, int Inserted, int Updated, int Unchanged, int ErrorRows, IReadOnlyList<ImportIssue> Issues, Bilingual? Message)
{
    public static ImportOutcome Failed(Bilingual message, int total = 0, int errorRows = 0, IReadOnlyList<ImportIssue>? issues = null) =>
        new(false, total, 0, 0, 0, errorRows, issues ?? [], message);
}
