using Linli.Tests.Infrastructure;

namespace Linli.Tests.Common;

[Collection(BrowserTests.Name)]
public class ExtremeInputPageTests(Browser browser)
{
    // Malformed values: the page renders its default and names the ignored parameter.
    private static readonly string[] Malformed =
    [
        "/requests?page=abc&from=x", "/requests?page=99999999999", "/requests/rates?from=x&to=2026-02-30", "/burden?year=abc",
        "/notifications?page=abc&to=x", "/applications?page=abc", "/gaps?year=abc", "/facilities/ledger?year=x", "/facilities?year=x",
        "/companies?saved=x", "/workers?edit=x", "/requests/routing?edit=x", "/admission/duty-lists?id=x&against=y",
    ];

    // Well-formed but extreme values: the page renders (a message or an empty list), never an error page.
    private static readonly string[] Extreme =
    [
        "/requests?page=2147483647", "/requests?page=-2147483648", "/requests?from=0001-01-01&to=9999-12-31", "/requests?from=9999-12-31",
        "/requests/rates?from=0001-01-01&to=9999-12-31", "/requests/rates?from=9999-12-31&to=9999-12-31", "/notifications?page=2147483647&to=9999-12-31",
        "/burden?year=9999", "/burden?year=-1", "/applications?page=2147483647", "/gaps?year=2147483647", "/facilities/ledger?year=9999", "/facilities?year=-7",
    ];

    [Fact]
    public async Task Pages_MalformedOrExtremeQueryValues_RenderWithAMessageOrTheDefault_NeverAnErrorPage()
    {
        await using var app = await TestApp.StartAsync();
        var page = await browser.SignedInPageAsync(app, "minzheng");
        var failures = new List<string>();

        foreach (var url in Malformed.Concat(Extreme))
        {
            var response = await page.GotoAsync(url);
            var status = response?.Status ?? 0;
            var heading = await page.Locator("main h1").CountAsync();
            var notice = await page.Locator("#ignored-query").CountAsync();
            if (status != 200 || heading == 0 || (Malformed.Contains(url) && notice == 0))
            {
                failures.Add($"{url}: status {status}, h1 {heading}, notice {notice}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        await page.GotoAsync("/requests?page=abc");
        Assert.Contains("page", await page.Locator("#ignored-query").InnerTextAsync(), StringComparison.Ordinal);
    }
}
