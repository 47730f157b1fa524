using Linli.Core.Common;
using Microsoft.Data.Sqlite;

namespace Linli.Core.Features.Operations;

/// <summary>
/// Backup and restore of the embedded SQLite database through SQLite's online backup API: a
/// consistent copy taken while the platform keeps serving, and a restore that checks the file is
/// an intact Linli database before it replaces anything. PostgreSQL uses pg_dump/pg_restore
/// (docs/deployment.md). The master key file is not inside the database and is backed up apart.
/// </summary>
public static class SqliteBackup
{
    public static Result<string> Backup(string liveConnectionString, string targetFile)
    {
        var full = Path.GetFullPath(targetFile);
        if (File.Exists(full))
        {
            return Failure($"备份文件已存在：{full}，请换一个文件名", $"The backup file already exists: {full}; choose another name");
        }
        if (Path.GetDirectoryName(full) is { } folder && !Directory.Exists(folder))
        {
            return Failure($"备份目录不存在：{folder}", $"The backup folder does not exist: {folder}");
        }
        using var source = new SqliteConnection(liveConnectionString);
        source.Open();
        using var target = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = full, Pooling = false }.ToString());
        target.Open();
        source.BackupDatabase(target);
        return full;
    }

    /// <summary>Replaces the live database with the backup; refuses a file that is not an intact Linli database.</summary>
    public static Result<string> Restore(string backupFile, string liveConnectionString)
    {
        var full = Path.GetFullPath(backupFile);
        if (!File.Exists(full))
        {
            return Failure($"找不到备份文件：{full}", $"Backup file not found: {full}");
        }
        if (!HasSqliteHeader(full))
        {
            return Failure($"不是 SQLite 数据库文件：{full}", $"Not a SQLite database file: {full}");
        }
        using var backup = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = full, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        backup.Open();
        if (Scalar(backup, "PRAGMA integrity_check") is not "ok")
        {
            return Failure("备份文件已损坏（完整性检查未通过），未做任何更改", "The backup file is damaged (integrity check failed); nothing was changed");
        }
        if (Scalar(backup, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'") is not "1")
        {
            return Failure("该文件不是邻里的数据库备份（缺少 schema_version 表），未做任何更改", "The file is not a Linli database backup (no schema_version table); nothing was changed");
        }
        using var live = new SqliteConnection(liveConnectionString);
        live.Open();
        backup.BackupDatabase(live);
        return full;
    }

    private static bool HasSqliteHeader(string file)
    {
        Span<byte> header = stackalloc byte[16];
        using var stream = File.OpenRead(file);
        return stream.ReadAtLeast(header, 16, throwOnEndOfStream: false) == 16 && header.SequenceEqual("SQLite format 3\0"u8);
    }

    private static string? Scalar(SqliteConnection connection, string sql)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        return Convert.ToString(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static Failure Failure(string zh, string en) => Common.Failure.Invalid("file", zh, en);
}
