using System.Collections.Concurrent;
using System.Globalization;
using System.Text;

namespace Linli.Features.Operations;

/// <summary>
/// Request counts and latencies since start, per route template (not per raw path, which would
/// carry record ids and grow without bound) and status class, rendered in the Prometheus text
/// format at /metrics. Kept in memory per instance: a scraper adds the instances up.
/// </summary>
public sealed class RequestMetrics(TimeProvider clock)
{
    // Upper bounds in seconds of the latency histogram buckets.
    private static readonly double[] Buckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

    private readonly DateTimeOffset _started = clock.GetUtcNow();
    private readonly ConcurrentDictionary<(string Method, string Route, string Status), Series> _series = new();

    public void Record(string method, string route, int statusCode, TimeSpan elapsed)
    {
        var series = _series.GetOrAdd((method, route, $"{statusCode / 100}xx"), _ => new Series());
        series.Add(elapsed.TotalSeconds);
    }

    public string Render(IEnumerable<Gauge> gauges)
    {
        var text = new StringBuilder();
        text.AppendLine("# HELP linli_http_requests_total HTTP requests handled by this instance.");
        text.AppendLine("# TYPE linli_http_requests_total counter");
        foreach (var ((method, route, status), series) in Ordered())
        {
            text.Append(CultureInfo.InvariantCulture, $"linli_http_requests_total{{method=\"{method}\",route=\"{Escape(route)}\",status=\"{status}\"}} {series.Count}\n");
        }
        text.AppendLine("# HELP linli_http_request_duration_seconds Time to answer HTTP requests.");
        text.AppendLine("# TYPE linli_http_request_duration_seconds histogram");
        foreach (var ((method, route, status), series) in Ordered())
        {
            var labels = $"method=\"{method}\",route=\"{Escape(route)}\",status=\"{status}\"";
            var (counts, count, sum) = series.Snapshot();
            for (var i = 0; i < Buckets.Length; i++)
            {
                text.Append(CultureInfo.InvariantCulture, $"linli_http_request_duration_seconds_bucket{{{labels},le=\"{Buckets[i]}\"}} {counts[i]}\n");
            }
            text.Append(CultureInfo.InvariantCulture, $"linli_http_request_duration_seconds_bucket{{{labels},le=\"+Inf\"}} {count}\n");
            text.Append(CultureInfo.InvariantCulture, $"linli_http_request_duration_seconds_sum{{{labels}}} {sum}\n");
            text.Append(CultureInfo.InvariantCulture, $"linli_http_request_duration_seconds_count{{{labels}}} {count}\n");
        }
        var uptime = (clock.GetUtcNow() - _started).TotalSeconds;
        foreach (var gauge in gauges.Prepend(Gauge.Of("linli_uptime_seconds", "Seconds since this instance started.", uptime)))
        {
            text.Append(CultureInfo.InvariantCulture, $"# HELP {gauge.Name} {gauge.Help}\n# TYPE {gauge.Name} gauge\n");
            foreach (var (labels, value) in gauge.Samples)
            {
                var labelText = labels.Length == 0 ? "" : $"{{{labels}}}";
                text.Append(CultureInfo.InvariantCulture, $"{gauge.Name}{labelText} {value}\n");
            }
        }
        return text.ToString();
    }

    private IEnumerable<KeyValuePair<(string Method, string Route, string Status), Series>> Ordered() =>
        _series.OrderBy(s => s.Key.Route, StringComparer.Ordinal).ThenBy(s => s.Key.Method, StringComparer.Ordinal).ThenBy(s => s.Key.Status, StringComparer.Ordinal);

    private static string Escape(string label) => label.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);

    private sealed class Series
    {
        private readonly long[] _buckets = new long[Buckets.Length];
        private long _count;
        private double _sum;

        public void Add(double seconds)
        {
            lock (this)
            {
                for (var i = 0; i < Buckets.Length; i++)
                {
                    if (seconds <= Buckets[i])
                    {
                        _buckets[i]++;
                    }
                }
                _count++;
                _sum += seconds;
            }
        }

        public long Count
        {
            get
            {
                lock (this)
                {
                    return _count;
                }
            }
        }

        public (long[] Buckets, long Count, double Sum) Snapshot()
        {
            lock (this)
            {
                return ([.. _buckets], _count, _sum);
            }
        }
    }
}
