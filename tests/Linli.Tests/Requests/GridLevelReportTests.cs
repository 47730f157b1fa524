using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Linli.Core.Data;
using Linli.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Linli.Tests.Requests;

/// <summary>A grid worker whose account sits at a grid files reports for that grid and nothing outside it.</summary>
public class GridLevelReportTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task GridLevelAccount_ReportsForItsOwnGrid_NotForTheNextGridOrTheCommunity(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var grids = await GridLevelAccount.CreateAsync(app);
        var worker = await app.ApiClientAsync(GridLevelAccount.UserName, GridLevelAccount.Password);

        var created = await RequestsFixture.CreateAsync(worker, new { channel = "GridWorker", category = "0602", place = grids.Own.Code, description = "一网格内井盖缺失" });
        foreach (var outside in new[] { grids.Other.Code, RequestsFixture.Binxi })
        {
            var refused = await worker.PostAsJsonAsync("/api/v1/requests", new { channel = "GridWorker", category = "0602", place = outside, description = "不在本网格的井盖" });
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Contains("place", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        await using (var scope = app.Scope())
        {
            var request = await scope.ServiceProvider.GetRequiredService<LinliDb>().ServiceRequests.SingleAsync();
            Assert.Equal((created.GetProperty("id").GetInt64(), grids.Own.Id, grids.Own.Path), (request.Id, request.PlaceUnitId, request.Path));
        }
        var mine = await worker.GetFromJsonAsync<JsonElement>("/api/v1/requests");
        Assert.Equal(1, mine.GetProperty("total").GetInt32());
    }
}
