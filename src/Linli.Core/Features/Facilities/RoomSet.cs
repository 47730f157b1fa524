namespace Linli.Core.Features.Facilities;

/// <summary>
/// A configurable list of rooms and centres a community should have (e.g. "一站一市八室",
/// "一有九中心"). Which set applies to a unit is the standard <c>facility_room_set</c>, whose value
/// is the set's <see cref="Id"/>, inherited down the tree like every standard. Migration 0008
/// seeds the two sets of the domain brief; more are rows in room_sets.
/// </summary>
public sealed class RoomSet
{
    public int Id { get; set; }
    public required string Name { get; set; }

    /// <summary>Required rooms separated by 、. A community has one when a room or function-room name contains it.</summary>
    public required string Rooms { get; set; }

    public string Source { get; set; } = "";

    public IReadOnlyList<string> RoomList => ServiceRoom.SplitRooms(Rooms);

    /// <summary>The required rooms no name in <paramref name="present"/> contains ("老年人日间照料中心" counts for "老年人日间照料").</summary>
    public IReadOnlyList<string> Missing(IEnumerable<string> present)
    {
        var names = present.ToList();
        return RoomList.Where(r => !names.Any(n => n.Contains(r, StringComparison.Ordinal))).ToList();
    }
}
