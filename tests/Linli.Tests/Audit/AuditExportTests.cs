using System.Net;
using Linli.Core.Common.Spreadsheets;
using Linli.Tests.Infrastructure;

namespace Linli.Tests.Audit;

public class AuditExportTests
{
    [Fact]
    public async Task Export_GivesAnXlsxOfTheLog_AndIsItselfAudited()
    {
        await using var app = await TestApp.StartAsync();
        using var admin = await app.ApiClientAsync("admin");

        var response = await admin.GetAsync("/api/v1/audit/export.xlsx?action=sign-in");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var opened = TabularFile.Open(new MemoryStream(bytes), "audit.xlsx");
        Assert.True(opened.Succeeded, opened.Error?.ToString());
        var rows = opened.Source!.ReadRows().ToList();
        Assert.Contains(rows, r => r.Cells.Any(c => c == "user admin (API token)"));

        var log = await admin.GetStringAsync("/api/v1/audit?action=export");
        Assert.Contains("audit log export", log);
    }

    [Fact]
    public async Task Export_RefusedForRolesWithoutAuditAccess()
    {
        await using var app = await TestApp.StartAsync();
        using var department = await app.ApiClientAsync("bumen");

        var response = await department.GetAsync("/api/v1/audit/export.xlsx");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("不能查看审计日志", await response.Content.ReadAsStringAsync());
    }
}
