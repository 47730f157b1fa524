using Linli.Core.Common;
using Linli.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Linli.Core.Features.Requests;

/// <summary>A photo as uploaded: its name, declared type and bytes (already read, at most <see cref="RequestPhotos.MaxBytes"/>).</summary>
public sealed record PhotoUpload(string FileName, string ContentType, byte[] Bytes);

/// <summary>
/// Grid workers' photos: JPEG or PNG (checked by their first bytes, not only the declared type), at
/// most 5 MB, stored under the data folder (request-photos/) with a generated name; the row in
/// request_attachments points at it. Like import uploads, files stay with the instance that took them.
/// </summary>
public static class RequestPhotos
{
    public const long MaxBytes = 5 * 1024 * 1024;
    public const string Folder = "request-photos";

    public static Failure? Check(PhotoUpload photo)
    {
        if (photo.Bytes.Length == 0)
        {
            return Failure.Invalid("photo", "照片文件是空的", "The photo file is empty");
        }
        if (photo.Bytes.Length > MaxBytes)
        {
            return Failure.Invalid("photo", "照片不能超过5MB", "The photo must be at most 5 MB");
        }
        return Kind(photo.Bytes) is null
            ? Failure.Invalid("photo", "照片须为 JPG 或 PNG 图片", "The photo must be a JPG or PNG image")
            : null;
    }

    /// <summary>(extension, content type) from the magic bytes, or null.</summary>
    public static (string Extension, string ContentType)? Kind(byte[] bytes) => bytes switch
    {
        [0xFF, 0xD8, 0xFF, ..] => (".jpg", "image/jpeg"),
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, ..] => (".png", "image/png"),
        _ => null,
    };

    /// <summary>Writes the file, then its row; if the row cannot be saved the file is removed again.</summary>
    public static async Task<RequestAttachment> StoreAsync(LinliDb db, LinliPaths paths, long requestId, PhotoUpload photo, DateTime now, CancellationToken ct)
    {
        var (extension, contentType) = Kind(photo.Bytes)!.Value;
        var name = $"{requestId}-{Guid.NewGuid():N}{extension}";
        var file = Path.Combine(paths.DataDirectory, Folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        await File.WriteAllBytesAsync(file, photo.Bytes, ct);
        var attachment = new RequestAttachment
        {
            RequestId = requestId,
            FileName = Path.GetFileName(photo.FileName) is { Length: > 0 and <= 200 } n ? n : "photo" + extension,
            ContentType = contentType,
            Size = photo.Bytes.Length,
            StoredName = Path.Combine(Folder, name),
            UploadedAt = now,
        };
        try
        {
            db.RequestAttachments.Add(attachment);
            await db.SaveChangesAsync(ct);
            return attachment;
        }
        catch
        {
            File.Delete(file);
            throw;
        }
    }

    /// <summary>The stored file of an attachment of a request the caller may see, or null.</summary>
    public static async Task<(RequestAttachment Attachment, string File)?> FindAsync(LinliDb db, LinliPaths paths, Accounts.Caller caller, long requestId, long attachmentId, CancellationToken ct)
    {
        if (!await db.ServiceRequests.VisibleTo(caller).AnyAsync(r => r.Id == requestId, ct))
        {
            return null;
        }
        var attachment = await db.RequestAttachments.AsNoTracking().FirstOrDefaultAsync(a => a.Id == attachmentId && a.RequestId == requestId, ct);
        if (attachment is null)
        {
            return null;
        }
        var file = Path.Combine(paths.DataDirectory, attachment.StoredName);
        return File.Exists(file) ? (attachment, file) : null;
    }
}
