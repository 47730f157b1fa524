using System.Diagnostics;

namespace Linli.Cli;

/// <summary>The process's peak resident set size (VmHWM on Linux), the memory figure the benchmarks report.</summary>
public static class PeakRss
{
    public static double Megabytes()
    {
        using var self = Process.GetCurrentProcess();
        self.Refresh();
        return self.PeakWorkingSet64 / (1024.0 * 1024.0);
    }
}
