using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Linli.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Linli.Core.Features.Operations;

/// <summary>
/// Row counts of every table and a SHA-256 checksum over the registry (divisions, households,
/// residents, tags), so that a backup and its restore — or a pg_dump and its pg_restore — can be
/// compared by running <c>linli checksum</c> on both sides. The checksum covers only ciphertext
/// hashes and masks, never clear personal data, so it can be printed and kept in a ticket.
/// </summary>
public sealed record RegistrySnapshot(IReadOnlyList<(string Table, long Rows)> RowCounts, string Checksum)
{
    public static async Task<RegistrySnapshot> TakeAsync(LinliDb db, CancellationToken ct = default)
    {
        var counts = new List<(string, long)>();
        var tables = db.Model.GetEntityTypes().Select(e => e.GetTableName()).OfType<string>().Distinct().Order(StringComparer.Ordinal);
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await db.Database.OpenConnectionAsync(ct);
        }
        foreach (var table in tables)
        {
            await using var cmd = connection.CreateCommand();
            cmd.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
            counts.Add((table, Convert.ToInt64(await cmd.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture)));
        }

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(params object?[] fields) =>
            hash.AppendData(Encoding.UTF8.GetBytes(string.Join('\u001f', fields.Select(Text)) + "\u001e"));

        await foreach (var u in db.OrgUnits.AsNoTracking().OrderBy(u => u.Id)
                           .Select(u => new { u.Id, u.Code, u.Path, u.Name, u.Kind, u.ParentId }).AsAsyncEnumerable().WithCancellation(ct))
        {
            Add("o", u.Id, u.Code, u.Path, u.Name, (int)u.Kind, u.ParentId);
        }
        await foreach (var h in db.Households.AsNoTracking().OrderBy(h => h.Id)
                           .Select(h => new { h.Id, h.CommunityId, h.Path, h.Entrance, h.Room, h.HeadResidentId, h.Version }).AsAsyncEnumerable().WithCancellation(ct))
        {
            Add("h", h.Id, h.CommunityId, h.Path, h.Entrance, h.Room, h.HeadResidentId, h.Version);
        }
        await foreach (var r in db.Residents.AsNoTracking().OrderBy(r => r.Id)
                           .Select(r => new { r.Id, r.HouseholdId, r.Path, r.Name, r.DocumentHash, r.DocumentMasked, r.PhoneHash, r.BirthDate, r.Status, r.Version })
                           .AsAsyncEnumerable().WithCancellation(ct))
        {
            Add("r", r.Id, r.HouseholdId, r.Path, r.Name, r.DocumentHash, r.DocumentMasked, r.PhoneHash, r.BirthDate, (int)r.Status, r.Version);
        }
        await foreach (var t in db.ResidentTags.AsNoTracking().OrderBy(t => t.Id)
                           .Select(t => new { t.Id, t.ResidentId, t.Tag, t.Detail }).AsAsyncEnumerable().WithCancellation(ct))
        {
            Add("t", t.Id, t.ResidentId, t.Tag, t.Detail);
        }
        return new RegistrySnapshot(counts, Convert.ToHexStringLower(hash.GetHashAndReset()));
    }

    private static string Text(object? value) => value switch
    {
        null => "",
        byte[] bytes => Convert.ToHexStringLower(bytes),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
