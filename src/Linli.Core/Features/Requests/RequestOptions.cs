using Microsoft.Extensions.Configuration;

namespace Linli.Core.Features.Requests;

/// <summary>
/// Configuration section <c>Requests</c>: how far back a new request looks for an open duplicate,
/// how long before a due time the sweeper warns (in working hours), and how often it runs.
/// </summary>
public sealed record RequestOptions(
    int DuplicateWindowHours = RequestOptions.DefaultDuplicateWindowHours,
    double WarningWorkingHours = RequestOptions.DefaultWarningWorkingHours,
    int SweepSeconds = RequestOptions.DefaultSweepSeconds)
{
    public const int DefaultDuplicateWindowHours = 72;
    public const double DefaultWarningWorkingHours = 2;
    public const int DefaultSweepSeconds = 60;

    public static RequestOptions From(IConfiguration config) => new(
        config.GetValue("Requests:DuplicateWindowHours", DefaultDuplicateWindowHours),
        config.GetValue("Requests:WarningWorkingHours", DefaultWarningWorkingHours),
        config.GetValue("Requests:SweepSeconds", DefaultSweepSeconds));
}
