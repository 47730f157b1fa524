using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Linli.Core.Features.Notifications;
using Linli.Tests.Infrastructure;
using Linli.Tests.Requests;

namespace Linli.Tests.Notifications;

public class NotificationOutboxTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task OptedInRequest_MilestonesReachSmtpAndSignedWebhook_OptedOutGetsNothing_OtherDistrictSeesNothing(string provider)
    {
        await using var smtp = new SmtpSink();
        await using var hook = await WebhookReceiver.StartAsync();
        await using var app = await TestApp.StartAsync(provider, settings: NotificationsFixture.Settings(smtp, hook));
        await RequestsFixture.CreateOtherDistrictAccountAsync(app);
        using var hotline = await app.ApiClientAsync("rexian");
        using var community = await app.ApiClientAsync("shequ");
        using var street = await app.ApiClientAsync("jiedao");
        using var other = await app.ApiClientAsync("yancheng", "Other2026");

        var optedIn = await RequestsFixture.CreateAsync(hotline, new
        {
            channel = "Hotline", category = "0201", place = RequestsFixture.Binxi, description = "3号楼电梯停在5楼不动，老人下不了楼",
            contactName = "王丽", phone = NotificationsFixture.Phone, email = " " + NotificationsFixture.Email + " ", notifyOptIn = true, route = true,
        });
        var optedOut = await RequestsFixture.CreateAsync(hotline, new
        {
            channel = "Hotline", category = "0201", place = RequestsFixture.Binxi, description = "5号楼电梯按钮失灵",
            phone = "13812345678", email = "zhao@example.com", notifyOptIn = false, route = true,
        });
        var id = optedIn.GetProperty("id").GetInt64();
        var number = optedIn.GetProperty("trackingNumber").GetString()!;
        Assert.Equal("w***@example.com", (await RequestsFixture.GetAsync(hotline, id)).GetProperty("email").GetString());

        // Routing is internal: nothing yet. Two people sign for it at once: one wins, one Accepted row per channel.
        Assert.Empty(await NotificationsFixture.RowsAsync(app));
        var version = (await RequestsFixture.GetAsync(community, id)).GetProperty("version").GetInt32();
        var racing = await Task.WhenAll(
            community.PostAsJsonAsync($"/api/v1/requests/{id}/transitions", new { action = "accept", version }),
            street.PostAsJsonAsync($"/api/v1/requests/{id}/transitions", new { action = "accept", version }));
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], racing.Select(r => r.StatusCode).Order());
        await RequestsFixture.MoveAsync(community, id, "start");
        await RequestsFixture.MoveAsync(community, id, "resolve", note: "已联系维保公司修复");
        await RequestsFixture.MoveAsync(community, optedOut.GetProperty("id").GetInt64(), "accept");

        var rows = await NotificationsFixture.RowsAsync(app);
        Assert.Equal(
            [("Accepted", NotificationChannel.Email), ("Accepted", NotificationChannel.Webhook), ("Resolved", NotificationChannel.Email), ("Resolved", NotificationChannel.Webhook)],
            rows.Select(r => (r.Event.ToString(), r.Channel)).Order().ToList());
        Assert.All(rows, r => Assert.Equal(id, r.RequestId));
        var emailRow = rows.First(r => r.Channel == NotificationChannel.Email);
        Assert.DoesNotContain("wang.li", System.Text.Encoding.UTF8.GetString(emailRow.RecipientCipher!), StringComparison.Ordinal);

        var outcome = await NotificationsFixture.DispatchAsync(app, TimeProvider.System);
        Assert.Equal(new DispatchOutcome(4, 4, 0, 0), outcome);
        Assert.Equal(0, (await NotificationsFixture.DispatchAsync(app, TimeProvider.System)).Claimed);

        // Email: to the decrypted address, Chinese subject, no phone or name.
        Assert.Equal(2, smtp.Messages.Count);
        Assert.All(smtp.Messages, m => Assert.Equal([NotificationsFixture.Email], m.To));
        var mail = string.Join("\n", smtp.Messages.Select(m => m.Data));
        Assert.Contains(number, mail, StringComparison.Ordinal);
        Assert.DoesNotContain(NotificationsFixture.Phone, mail, StringComparison.Ordinal);
        Assert.DoesNotContain("电梯", mail, StringComparison.Ordinal);
        Assert.Contains("已签收", rows.First(r => r.Event == Core.Features.Requests.RequestStatus.Accepted && r.Channel == NotificationChannel.Email).Subject, StringComparison.Ordinal);

        // Webhook: valid signatures, tracking number, status, time and unit; no personal data.
        Assert.Equal(2, hook.Accepted.Count);
        Assert.All(hook.Accepted, d => Assert.True(d.SignatureValid));
        var payload = JsonDocument.Parse(hook.Accepted.First().Body).RootElement;
        Assert.Equal(number, payload.GetProperty("trackingNumber").GetString());
        Assert.Equal("Accepted", payload.GetProperty("status").GetString());
        Assert.Equal(RequestsFixture.Binxi, payload.GetProperty("unit").GetString());
        Assert.True(payload.TryGetProperty("at", out _));
        var hooks = string.Join("\n", hook.Accepted.Select(d => d.Body));
        Assert.DoesNotContain(NotificationsFixture.Phone, hooks, StringComparison.Ordinal);
        Assert.DoesNotContain("王丽", hooks, StringComparison.Ordinal);
        Assert.DoesNotContain("example.com", hooks, StringComparison.Ordinal);

        // The admin list: counts and masked recipients for the city; nothing for another district.
        using var admin = await app.ApiClientAsync("minzheng");
        var list = await admin.GetFromJsonAsync<JsonElement>("/api/v1/notifications?status=Sent&channel=Email");
        Assert.Equal(4, list.GetProperty("counts").GetProperty("Sent").GetInt32());
        Assert.Equal(2, list.GetProperty("total").GetInt32());
        Assert.Equal("w***@example.com", list.GetProperty("rows")[0].GetProperty("recipient").GetString());
        Assert.DoesNotContain(NotificationsFixture.Email, list.GetRawText(), StringComparison.Ordinal);
        Assert.Equal(4, (await street.GetFromJsonAsync<JsonElement>("/api/v1/notifications")).GetProperty("total").GetInt32());
        var otherList = await other.GetFromJsonAsync<JsonElement>("/api/v1/notifications");
        Assert.Equal(0, otherList.GetProperty("total").GetInt32());
        Assert.Equal(0, otherList.GetProperty("counts").GetProperty("Sent").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsync($"/api/v1/notifications/{rows[0].Id}/retry", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await community.GetAsync("/api/v1/notifications")).StatusCode);
        var sentRetry = await admin.PostAsync($"/api/v1/notifications/{rows[0].Id}/retry", null);
        Assert.Equal(HttpStatusCode.Conflict, sentRetry.StatusCode);
        Assert.Contains("只有失败或已放弃的通知可以重发", await sentRetry.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var badFilter = await admin.GetAsync("/api/v1/notifications?status=lost");
        Assert.Equal(HttpStatusCode.BadRequest, badFilter.StatusCode);
        Assert.Contains("状态应为", await badFilter.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // No personal data in what the app logged.
        var logs = string.Join("\n", app.Logs.Lines);
        Assert.Contains("Notifications: 4 claimed, 4 sent", logs, StringComparison.Ordinal);
        Assert.DoesNotContain(NotificationsFixture.Email, logs, StringComparison.Ordinal);
        Assert.DoesNotContain(NotificationsFixture.Phone, logs, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Intake_BadEmail_IsRefusedNamingTheField_NothingWritten()
    {
        await using var smtp = new SmtpSink();
        await using var app = await TestApp.StartAsync(settings: NotificationsFixture.Settings(smtp, null));
        using var hotline = await app.ApiClientAsync("rexian");

        var response = await hotline.PostAsJsonAsync("/api/v1/requests", new
        {
            channel = "Hotline", category = "0201", place = RequestsFixture.Binxi, description = "电梯停运，老人被困",
            phone = NotificationsFixture.Phone, email = "wang at example", notifyOptIn = true,
        });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("email", problem.GetProperty("field").GetString());
        Assert.Contains("电子邮箱格式不正确", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, (await hotline.GetFromJsonAsync<JsonElement>("/api/v1/requests")).GetProperty("total").GetInt32());
    }
}
