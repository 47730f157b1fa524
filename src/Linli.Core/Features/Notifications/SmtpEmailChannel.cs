using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Linli.Core.Features.Notifications;

/// <summary>Email over SMTP (MailKit): one connection per message, which is plenty for request milestones.</summary>
public sealed class SmtpEmailChannel(NotificationOptions options) : INotificationChannel
{
    public NotificationChannel Channel => NotificationChannel.Email;

    public async Task<SendOutcome> SendAsync(Notification notification, string? recipient, CancellationToken ct)
    {
        var smtp = options.Smtp;
        if (string.IsNullOrEmpty(recipient))
        {
            return SendOutcome.Failed("no recipient address");
        }
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(smtp.From!));
        message.To.Add(MailboxAddress.Parse(recipient));
        message.Subject = notification.Subject;
        message.Body = new TextPart("plain") { Text = notification.Body };
        using var client = new SmtpClient { Timeout = Math.Max(1, smtp.TimeoutSeconds) * 1000 };
        try
        {
            await client.ConnectAsync(smtp.Host!, smtp.Port, Security(smtp.Security), ct);
            if (!string.IsNullOrEmpty(smtp.UserName))
            {
                await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? "", ct);
            }
            await client.SendAsync(message, ct);
            await client.DisconnectAsync(quit: true, ct);
            return SendOutcome.Ok;
        }
        // The reply code and the exception type say what went wrong; MailKit's messages can echo the address.
        catch (SmtpCommandException e)
        {
            return SendOutcome.Failed($"SMTP {(int)e.StatusCode} ({e.ErrorCode})");
        }
        catch (Exception e) when (e is SmtpProtocolException or IOException or System.Net.Sockets.SocketException or AuthenticationException or SslHandshakeException or TimeoutException or ServiceNotConnectedException)
        {
            return SendOutcome.Failed($"SMTP {e.GetType().Name}");
        }
    }

    private static SecureSocketOptions Security(string text) => text.Trim().ToLowerInvariant() switch
    {
        "none" => SecureSocketOptions.None,
        "starttls" => SecureSocketOptions.StartTls,
        "sslonconnect" or "ssl" or "tls" => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.Auto,
    };
}
