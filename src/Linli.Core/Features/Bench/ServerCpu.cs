using System.Globalization;
using Npgsql;

namespace Linli.Core.Features.Bench;

/// <summary>
/// CPU time used by a PostgreSQL server on this machine: the postmaster and all its children
/// (backends, WAL writer, checkpointer), read from /proc. On two cores the app and the database
/// share the same CPUs, so a benchmark that reports only its own CPU hides half the cost of a
/// request. Null where the server is not local or /proc is not there.
/// </summary>
public sealed class ServerCpu
{
    private readonly int _postmaster;
    private static readonly double TicksPerSecond = 100; // USER_HZ on Linux

    private ServerCpu(int postmaster) => _postmaster = postmaster;

    public static async Task<ServerCpu?> FindAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }
        await using var command = new NpgsqlCommand("SELECT pg_backend_pid()", connection);
        var backend = (int)(await command.ExecuteScalarAsync(ct))!;
        var stat = Stat(backend);
        return stat is null ? null : new ServerCpu(stat.Value.ParentId);
    }

    /// <summary>
    /// User plus system time of the postmaster, of its children alive now, and of those it has reaped
    /// (a backend that ended between two readings still counts).
    /// </summary>
    public TimeSpan Total()
    {
        double ticks = 0;
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(dir), out var pid) && Stat(pid) is { } s && (pid == _postmaster || s.ParentId == _postmaster))
            {
                ticks += pid == _postmaster ? s.Ticks + s.ReapedTicks : s.Ticks;
            }
        }
        return TimeSpan.FromSeconds(ticks / TicksPerSecond);
    }

    private static (int ParentId, double Ticks, double ReapedTicks)? Stat(int pid)
    {
        try
        {
            var text = File.ReadAllText($"/proc/{pid}/stat");
            // The command name (field 2) may hold spaces; fields after its closing parenthesis are fixed.
            var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
            return (int.Parse(fields[1], CultureInfo.InvariantCulture),
                double.Parse(fields[11], CultureInfo.InvariantCulture) + double.Parse(fields[12], CultureInfo.InvariantCulture),
                double.Parse(fields[13], CultureInfo.InvariantCulture) + double.Parse(fields[14], CultureInfo.InvariantCulture));
        }
        catch (IOException)
        {
            return null; // a process that ended between listing and reading
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}
