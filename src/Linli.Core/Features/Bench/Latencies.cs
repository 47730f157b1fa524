using System.Diagnostics;

namespace Linli.Core.Features.Bench;

/// <summary>Timed repetitions of one operation; percentiles by the nearest-rank method.</summary>
public sealed class Latencies
{
    private readonly List<double> _milliseconds;

    public Latencies() => _milliseconds = [];

    /// <summary>Latencies measured elsewhere, e.g. by concurrent clients.</summary>
    public Latencies(IEnumerable<double> milliseconds) => _milliseconds = [.. milliseconds];

    public int Count => _milliseconds.Count;

    public async Task<T> TimeAsync<T>(Func<Task<T>> operation)
    {
        var started = Stopwatch.GetTimestamp();
        var result = await operation();
        _milliseconds.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return result;
    }

    public double Percentile(double p)
    {
        if (_milliseconds.Count == 0)
        {
            return double.NaN;
        }
        var sorted = _milliseconds.Order().ToList();
        var rank = (int)Math.Ceiling(p / 100 * sorted.Count);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }

    public IEnumerable<BenchFigure> Figures(string scenario, string what, string dataSize) =>
    [
        new(scenario, $"{what} p50", Percentile(50), "ms", dataSize),
        new(scenario, $"{what} p95", Percentile(95), "ms", dataSize),
    ];
}
