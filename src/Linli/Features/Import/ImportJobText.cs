using Linli.Core.Common;
using Linli.Core.Features.Import;

namespace Linli.Features.Import;

public static class ImportJobText
{
    public static Bilingual Status(ImportJobStatus status) => status switch
    {
        ImportJobStatus.Queued => new("排队中", "Queued"),
        ImportJobStatus.Running => new("处理中", "Running"),
        ImportJobStatus.Succeeded => new("已完成", "Finished"),
        _ => new("失败", "Failed"),
    };
}
