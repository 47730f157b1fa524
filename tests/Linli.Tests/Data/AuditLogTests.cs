using Linli.Core.Data;
using Linli.Core.Features.Audit;
using Linli.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Linli.Tests.Data;

public class AuditLogTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AuditLog_RefusesUpdateAndDelete(string provider)
    {
        await using var core = await CoreServices.CreateAsync(provider, divisionsPrefix: null);
        await using var scope = core.Scope();
        var db = scope.ServiceProvider.GetRequiredService<LinliDb>();
        db.AuditEntries.Add(AuditEntry.ForBulk(scope.ServiceProvider.GetRequiredService<AuditActor>(), AuditActions.Export, "test"));
        await db.SaveChangesAsync();

        await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("UPDATE audit_log SET \"Summary\" = 'changed'"));
        await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("DELETE FROM audit_log"));
        Assert.Equal("test", (await db.AuditEntries.AsNoTracking().SingleAsync()).Summary);
    }
}
