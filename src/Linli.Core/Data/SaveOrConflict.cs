using Linli.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace Linli.Core.Data;

public static class SaveOrConflictExtensions
{
    /// <summary>
    /// Saves, and turns a lost Version race (two people acting on the same record at once) into the
    /// clear conflict message instead of an exception that would reach the user as a 500.
    /// </summary>
    public static async Task<Failure?> SaveOrConflictAsync(this LinliDb db, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            return Failure.ConcurrentEdit;
        }
    }
}
