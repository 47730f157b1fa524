namespace Linli.Core.Features.Requests;

/// <summary>A photo taken by a grid worker (or a file from the window), stored under the data folder; StoredName is relative to it.</summary>
public sealed class RequestAttachment
{
    public long Id { get; set; }
    public long RequestId { get; set; }
    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    public long Size { get; set; }
    public required string StoredName { get; set; }
    public DateTime UploadedAt { get; set; }
}
