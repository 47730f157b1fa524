namespace Linli.Core.Features.Facilities;

/// <summary>
/// A community service room (社区服务用房, 阵地): a building or floor the committee works from,
/// with its floor area, how it is held, and the function rooms (功能室) inside it. Function rooms
/// and the room's own name are what the room-set check looks for.
/// </summary>
public sealed class ServiceRoom : Linli.Core.Common.IHasPath
{
    public long Id { get; set; }
    public long CommunityId { get; set; }

    /// <summary>The community's path: subtree queries and scope checks.</summary>
    public required string Path { get; set; }

    public required string Name { get; set; }

    /// <summary>Floor area in m² (建筑面积).</summary>
    public decimal Area { get; set; }

    public Tenure Tenure { get; set; }

    /// <summary>Function rooms, separated by 、 as in the import template.</summary>
    public string FunctionRooms { get; set; } = "";

    public bool IsDemo { get; set; }
    public int Version { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    public const char Separator = '、';

    public IReadOnlyList<string> FunctionRoomList => SplitRooms(FunctionRooms);

    public static IReadOnlyList<string> SplitRooms(string? text) =>
        (text ?? "").Split([Separator, ',', '，', ';', '；'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct(StringComparer.Ordinal).ToList();
}
