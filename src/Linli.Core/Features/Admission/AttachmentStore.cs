using Linli.Core.Common;
using Linli.Core.Data;
using Linli.Core.Features.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Linli.Core.Features.Admission;

/// <summary>
/// Attachments of admission requests, stored under {data}/attachments/admission/{request id}/ with a
/// generated name (the user's file name is only metadata, never a path). Types are checked by
/// extension and by the file's first bytes; at most 10 MB each.
/// </summary>
public sealed class AttachmentStore(LinliDb db, LinliPaths paths, ReviewContext context, TimeProvider clock)
{
    public const long MaxBytes = 10 * 1024 * 1024;

    private static readonly Dictionary<string, (string ContentType, byte[] Magic)> Allowed = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = ("application/pdf", "%PDF"u8.ToArray()),
        [".docx"] = ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", [0x50, 0x4B, 0x03, 0x04]),
        [".xlsx"] = ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", [0x50, 0x4B, 0x03, 0x04]),
        [".jpg"] = ("image/jpeg", [0xFF, 0xD8, 0xFF]),
        [".jpeg"] = ("image/jpeg", [0xFF, 0xD8, 0xFF]),
        [".png"] = ("image/png", [0x89, 0x50, 0x4E, 0x47]),
    };

    public async Task<Result<AdmissionAttachment>> AddAsync(Caller caller, long requestId, string fileName, Stream content, long length, CancellationToken ct = default)
    {
        var loaded = await context.LoadAsync(caller, requestId, ct);
        if (loaded.Failure is { } failure)
        {
            return failure;
        }
        var request = loaded.Value!.Request;
        if (request.DepartmentUserId != caller.UserId || request.Status != AdmissionStatus.Submitted)
        {
            return Failure.Forbidden("只有提交申请的部门可以在审核前添加附件", "Only the filing department may add attachments, and only before the decision");
        }
        var name = Path.GetFileName(fileName ?? "").Trim();
        if (name.Length is 0 or > 200 || !Allowed.TryGetValue(Path.GetExtension(name), out var type))
        {
            return Failure.Invalid("file", "附件只能是 PDF、Word(.docx)、Excel(.xlsx)、JPG 或 PNG 文件", "Attachments must be PDF, Word (.docx), Excel (.xlsx), JPG or PNG files");
        }
        if (length <= 0 || length > MaxBytes)
        {
            return Failure.Invalid("file", "附件不能为空，且不能超过10MB", "An attachment must be non-empty and at most 10 MB");
        }
        var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, ct);
        var bytes = buffer.ToArray();
        if (bytes.Length > MaxBytes || !bytes.AsSpan().StartsWith(type.Magic))
        {
            return Failure.Invalid("file", $"文件“{name}”的内容与扩展名不符", $"The content of \"{name}\" does not match its extension");
        }
        var folder = Folder(requestId);
        Directory.CreateDirectory(folder);
        var stored = $"{Guid.NewGuid():N}{Path.GetExtension(name).ToLowerInvariant()}";
        await File.WriteAllBytesAsync(Path.Combine(folder, stored), bytes, ct);
        var attachment = new AdmissionAttachment { RequestId = requestId, FileName = name, StoredName = stored, ContentType = type.ContentType, Size = bytes.Length, UploadedAt = clock.GetUtcNow().UtcDateTime };
        db.AdmissionAttachments.Add(attachment);
        await db.SaveChangesAsync(ct);
        return attachment;
    }

    public async Task<Result<(AdmissionAttachment Attachment, string FilePath)>> OpenAsync(Caller caller, long requestId, long attachmentId, CancellationToken ct = default)
    {
        var loaded = await context.LoadAsync(caller, requestId, ct);
        if (loaded.Failure is { } failure)
        {
            return failure;
        }
        var attachment = await db.AdmissionAttachments.AsNoTracking().FirstOrDefaultAsync(a => a.Id == attachmentId && a.RequestId == requestId, ct);
        if (attachment is null)
        {
            return Failure.NotFound("未找到该附件", "Attachment not found");
        }
        return (attachment, Path.Combine(Folder(requestId), attachment.StoredName));
    }

    private string Folder(long requestId) => Path.Combine(paths.DataDirectory, "attachments", "admission", requestId.ToString(System.Globalization.CultureInfo.InvariantCulture));
}
