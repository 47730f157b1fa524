namespace Linli.Core.Features.Requests;

/// <summary>
/// Last tracking-number sequence used on a Beijing calendar day. Incremented with one atomic
/// upsert (INSERT … ON CONFLICT DO UPDATE … RETURNING) so concurrent intakes never share a number.
/// </summary>
public sealed class RequestNumberCounter
{
    public DateOnly Day { get; set; }
    public int Last { get; set; }
}
