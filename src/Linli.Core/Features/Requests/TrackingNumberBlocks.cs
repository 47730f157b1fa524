namespace Linli.Core.Features.Requests;

/// <summary>
/// Hands out tracking numbers from a block of <see cref="BlockSize"/> reserved in one counter upsert,
/// instead of one upsert per intake. The per-day counter row is the one row every intake would
/// otherwise update: each update holds its lock until its commit is flushed, so intakes queued on it
/// one fsync at a time (measured: the ceiling of the intake rate). Each instance (one per process)
/// reserves its own blocks, so numbers stay unique across instances; they stay increasing within an
/// instance, and an instance that stops leaves the rest of its block unused (a gap, as a failed
/// intake already leaves). Setting <c>Requests:NumberBlock</c> (default 50; 1 takes one number per
/// upsert, the old behaviour, kept measurable for `linli bench requests`).
/// </summary>
public sealed class TrackingNumberBlocks(int blockSize = TrackingNumberBlocks.DefaultBlockSize) : IDisposable
{
    public const int DefaultBlockSize = 50;

    public int BlockSize { get; } = blockSize is >= 1 and <= 10_000 ? blockSize
        : throw new ArgumentOutOfRangeException(nameof(blockSize), blockSize, "Requests:NumberBlock must be between 1 and 10,000");

    private readonly SemaphoreSlim _gate = new(1, 1);
    private DateOnly _day;
    private int _next = 1;
    private int _last;

    public async Task<string> NextAsync(Data.LinliDb db, DateTime nowUtc, CancellationToken ct)
    {
        var day = WorkCalendar.LocalDate(nowUtc);
        await _gate.WaitAsync(ct);
        try
        {
            if (day != _day || _next > _last)
            {
                var last = await TrackingNumbers.ReserveAsync(db, day, BlockSize, ct);
                (_day, _next, _last) = (day, last - BlockSize + 1, last);
            }
            return TrackingNumbers.Format(day, _next++);
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}
