using Linli.Core.Data;
using Linli.Core.Features.Requests;
using Linli.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Linli.Tests.Requests;

[Collection(BrowserTests.Name)]
public class GridReportBrowserTests(Browser browser)
{
    // A 1×1 PNG.
    private static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    [Fact]
    public async Task GridWorker_OnAPhone_ReportsWithPhotoAndLocation_ANonImageIsRefusedAndNothingWritten()
    {
        await using var app = await TestApp.StartAsync();
        var page = await browser.SignedInPageAsync(app, "wangge", viewport: new() { Width = 390, Height = 844 });
        await page.GotoAsync("/requests/report");

        await page.Locator("#g-category").SelectOptionAsync("0602");
        await page.GetByLabel("情况说明").FillAsync("滨河路与人民路口井盖缺失");
        await page.Locator("#g-photo").SetInputFilesAsync(new FilePayload { Name = "note.png", MimeType = "image/png", Buffer = "not an image"u8.ToArray() });
        await page.Locator("#g-submit").ClickAsync();
        await page.Locator(".validation-message", new() { HasText = "照片须为 JPG 或 PNG 图片" }).WaitForAsync();
        Assert.Equal("滨河路与人民路口井盖缺失", await page.GetByLabel("情况说明").InputValueAsync());
        await using (var scope = app.Scope())
        {
            Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<LinliDb>().ServiceRequests.CountAsync());
        }

        await page.Locator("#g-photo").SetInputFilesAsync(new FilePayload { Name = "manhole.png", MimeType = "image/png", Buffer = Png });
        await page.Locator("#g-lat").FillAsync("33.575");
        await page.Locator("#g-lon").FillAsync("114.017");
        await page.Locator("#g-submit").ClickAsync();
        await page.Locator("#created").WaitForAsync();

        await using (var scope = app.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LinliDb>();
            var request = await db.ServiceRequests.SingleAsync();
            Assert.Equal((RequestChannel.GridWorker, 33.575, 114.017), (request.Channel, request.Latitude!.Value, request.Longitude!.Value));
            var photo = await db.RequestAttachments.SingleAsync();
            Assert.Equal(("image/png", (long)Png.Length), (photo.ContentType, photo.Size));
            Assert.Equal(Png, await File.ReadAllBytesAsync(Path.Combine(app.Database.DataDirectory, photo.StoredName)));
        }

        // The photo shows on the request's page, served only to people who may see the request.
        await page.Locator("#tracking-number").ClickAsync();
        await page.Locator("img.photo").WaitForAsync();
        var src = await page.Locator("img.photo").GetAttributeAsync("src");
        var image = await page.APIRequest.GetAsync(src!);
        Assert.Equal(200, image.Status);
        Assert.Equal(Png, await image.BodyAsync());
    }

    // The demo's grid worker sits at the community; one who sits at a grid must still find a place to report.
    [Fact]
    public async Task GridLevelAccount_OnAPhone_ChoosesOnlyItsOwnGrid_AndReportsThere()
    {
        await using var app = await TestApp.StartAsync();
        var grids = await GridLevelAccount.CreateAsync(app);
        var page = await browser.SignedInPageAsync(app, GridLevelAccount.UserName, GridLevelAccount.Password, viewport: new() { Width = 390, Height = 844 });
        await page.GotoAsync("/requests/report");

        var places = await page.Locator("#g-place option").EvaluateAllAsync<string[]>("options => options.map(o => o.value)");
        Assert.Equal([grids.Own.Code], places);
        await page.Locator("#g-category").SelectOptionAsync("0602");
        await page.GetByLabel("情况说明").FillAsync("一网格内井盖缺失");
        await page.Locator("#g-submit").ClickAsync();
        await page.Locator("#created").WaitForAsync();

        await using var scope = app.Scope();
        var request = await scope.ServiceProvider.GetRequiredService<LinliDb>().ServiceRequests.SingleAsync();
        Assert.Equal((RequestChannel.GridWorker, grids.Own.Id), (request.Channel, request.PlaceUnitId));
    }
}
