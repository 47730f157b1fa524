namespace Linli.Core.Common.Spreadsheets;

/// <summary>
/// A file that opened fine turned out damaged while its rows were streamed. Opening already checks everything
/// that can be checked cheaply, so this is rare; it carries a message the user can be shown.
/// </summary>
public sealed class SpreadsheetReadException : Exception
{
    public SpreadsheetReadException(Bilingual userMessage, Exception? innerException = null)
        : base(userMessage.En, innerException)
    {
        UserMessage = userMessage;
    }

    public Bilingual UserMessage { get; }
}
