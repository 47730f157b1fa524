namespace Linli.Core.Common;

/// <summary>
/// Rows to skip for a page number from a URL. Page and size come from people and links, so
/// <c>(page - 1) * size</c> is worked out in 64 bits and capped: page 2,147,483,647 is an empty page, not an overflow.
/// </summary>
public static class Paging
{
    public static int Skip(int page, int size) => (int)Math.Min(int.MaxValue, (Math.Max(1L, page) - 1) * Math.Max(0, size));
}
