using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Linli.Core.Data;
using Linli.Core.Features.Accounts;
using Linli.Core.Features.Audit;
using Linli.Tests.Infrastructure;
using Linli.Tests.Spreadsheets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Linli.Tests.Import.ImportFiles;

namespace Linli.Tests.Import;

public class ImportApiTests
{
    private static async Task<JsonElement> UploadAndWaitAsync(HttpClient client, Stream file, string mode)
    {
        using var form = new MultipartFormDataContent();
        var content = new StreamContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(content, "file", "居民.csv");
        form.Add(new StringContent(mode), "mode");
        var response = await client.PostAsync("/api/v1/imports", form);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var location = response.Headers.Location!.ToString();
        for (var i = 0; i < 300; i++)
        {
            var job = await client.GetFromJsonAsync<JsonElement>(location);
            if (job.GetProperty("status").GetString() is "succeeded" or "failed")
            {
                return job;
            }
            await Task.Delay(100);
        }
        throw new TimeoutException("the import job did not finish");
    }

    private static async Task CreateAccountAsync(TestApp app, string userName, Role role, string orgCode)
    {
        await using var scope = app.Scope();
        var created = await scope.ServiceProvider.GetRequiredService<CreateAccount>().HandleAsync(new(userName, userName, "Other2026", role, orgCode));
        Assert.True(created.Ok);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Upload_RunsInTheBackground_ReportsRowErrors_AndStaysInScope(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var worker = await app.ApiClientAsync("shequ");

        var job = await UploadAndWaitAsync(worker, Csv(Header, Row("张伟", Id("19800101", 11)), Row("李娜", WithBadCheck(Id("19820202", 22)))), "valid");

        Assert.Equal("succeeded", job.GetProperty("status").GetString());
        Assert.Equal((2, 1, 1), (job.GetProperty("total").GetInt32(), job.GetProperty("inserted").GetInt32(), job.GetProperty("errors").GetInt32()));
        var id = job.GetProperty("id").GetInt64();
        var errors = await worker.GetFromJsonAsync<JsonElement>($"/api/v1/imports/{id}/errors");
        Assert.Equal(3, errors[0].GetProperty("row").GetInt32());
        Assert.Equal("证件号码", errors[0].GetProperty("column").GetString());
        var report = SheetReading.ReadAll(await worker.GetByteArrayAsync($"/api/v1/imports/{id}/errors.xlsx"), "r.xlsx");
        Assert.Equal(["第3行", "证件号码"], report[1].Cells.Take(2));

        var street = await app.ApiClientAsync("jiedao");
        Assert.Equal(HttpStatusCode.OK, (await street.GetAsync($"/api/v1/imports/{id}")).StatusCode);
        await CreateAccountAsync(app, "mlj", Role.CommunityWorker, "411102002001");
        var outsider = await app.ApiClientAsync("mlj", "Other2026");
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/api/v1/imports/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/api/v1/imports/{id}/errors")).StatusCode);
    }

    [Fact]
    public async Task Upload_WithoutFileOrWithBadMode_Is400WithAChineseMessage()
    {
        await using var app = await TestApp.StartAsync();
        var worker = await app.ApiClientAsync("shequ");

        using var noFile = new MultipartFormDataContent { { new StringContent("all"), "mode" } };
        var missing = await worker.PostAsync("/api/v1/imports", noFile);
        using var badMode = new MultipartFormDataContent { { new StreamContent(Csv(Header)), "file", "a.csv" }, { new StringContent("some"), "mode" } };
        var wrongMode = await worker.PostAsync("/api/v1/imports", badMode);
        using var wrongType = new MultipartFormDataContent { { new StreamContent(Csv(Header)), "file", "a.pdf" } };
        var pdf = await worker.PostAsync("/api/v1/imports", wrongType);

        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Contains("请选择要上传的文件", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, wrongMode.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, pdf.StatusCode);
        Assert.Contains(".xlsx", await pdf.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Template_HasTheHeadersAnExampleAndInstructions()
    {
        await using var app = await TestApp.StartAsync();
        var worker = await app.ApiClientAsync("shequ");

        var response = await worker.GetAsync("/api/v1/imports/template");
        var rows = SheetReading.ReadAll(await response.Content.ReadAsByteArrayAsync(), "t.xlsx");

        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(["姓名", "证件类型", "证件号码", "联系电话", "社区代码", "网格", "小区", "楼栋", "单元", "房号", "与户主关系", "居住类型", "标签"], rows[0].Cells);
        Assert.Equal(2, rows.Count);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Export_IsMaskedByDefault_FullOnlyWithAPurposeAndAudited_AndScoped(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var worker = await app.ApiClientAsync("shequ");
        var id = Id("19800101", 11);
        await UploadAndWaitAsync(worker, Csv(Header, Row("张伟", id, phone: "13812345678")), "all");
        const string url = "/api/v1/exports/residents?unit=" + CommunityA;

        var masked = SheetReading.ReadAll(await worker.GetByteArrayAsync(url), "m.xlsx");
        Assert.Equal("张伟", masked[1].Cells[0]);
        Assert.DoesNotContain(id, masked[1].Cells);
        Assert.Contains("138****5678", masked[1].Cells);

        var noPurpose = await worker.GetAsync(url + "&full=true");
        Assert.Equal(HttpStatusCode.BadRequest, noPurpose.StatusCode);
        Assert.Contains("用途", await noPurpose.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var full = SheetReading.ReadAll(await worker.GetByteArrayAsync(url + "&full=true&purpose=" + Uri.EscapeDataString("低保复核")), "f.xlsx");
        Assert.Equal(id, full[1].Cells[2]);
        Assert.Equal("13812345678", full[1].Cells[3]);
        await using (var scope = app.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LinliDb>();
            var exports = await db.AuditEntries.Where(a => a.Action == AuditActions.Export).OrderBy(a => a.Id).ToListAsync();
            Assert.Equal(2, exports.Count);
            Assert.Null(exports[0].Purpose);
            Assert.Equal("低保复核", exports[1].Purpose);
            Assert.Contains("full", exports[1].Summary, StringComparison.Ordinal);
        }

        var grid = await app.ApiClientAsync("wangge");
        Assert.Equal(HttpStatusCode.Forbidden, (await grid.GetAsync(url + "&full=true&purpose=x")).StatusCode);
        var department = await app.ApiClientAsync("bumen");
        var limited = SheetReading.ReadAll(await department.GetByteArrayAsync(url), "d.xlsx");
        Assert.Equal("", limited[1].CellAt(3));
        await CreateAccountAsync(app, "mlj", Role.CommunityWorker, "411102002001");
        var outsider = await app.ApiClientAsync("mlj", "Other2026");
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync(url)).StatusCode);
    }
}
