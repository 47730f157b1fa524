using System.Net.Mail;
using Linli.Core.Common;

namespace Linli.Core.Features.Notifications;

/// <summary>The optional contact email of a request: checked, normalized (trimmed, lower-case domain) and masked.</summary>
public static class ContactEmail
{
    public const int MaxLength = 100;

    /// <summary>Null input is fine (the field is optional); a bad address is a failure naming the field "email".</summary>
    public static Result<string?> Normalize(string? text)
    {
        var value = text?.Trim() ?? "";
        if (value.Length == 0)
        {
            return (string?)null;
        }
        if (value.Length > MaxLength || !MailAddress.TryCreate(value, out var address) || address.Address != value
            || !address.Host.Contains('.', StringComparison.Ordinal) || value.Any(char.IsWhiteSpace))
        {
            return Failure.Invalid("email", $"电子邮箱格式不正确（如 wang@example.com，最多{MaxLength}个字符）", $"The email address is not valid (e.g. wang@example.com, at most {MaxLength} characters)");
        }
        return $"{address.User}@{address.Host.ToLowerInvariant()}";
    }

    /// <summary>w***@example.com: enough for staff to recognise it, not to use it.</summary>
    public static string Mask(string email)
    {
        var at = email.LastIndexOf('@');
        return at <= 0 ? "***" : $"{email[0]}***{email[at..]}";
    }
}
