using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Linli.Core.Data;

/// <summary>Recognises a unique-index violation on either store, so a use case can retry with a new
/// value (a number taken at the same instant by another writer) instead of answering with a 500.</summary>
public static class UniqueViolation
{
    private const int SqliteConstraintUnique = 2067;

    public static bool Is(DbUpdateException e) => e.InnerException switch
    {
        PostgresException pg => pg.SqlState == PostgresErrorCodes.UniqueViolation,
        SqliteException lite => lite.SqliteExtendedErrorCode == SqliteConstraintUnique,
        _ => false,
    };
}
