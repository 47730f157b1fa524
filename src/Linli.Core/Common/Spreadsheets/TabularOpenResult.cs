using System.Diagnostics.CodeAnalysis;

namespace Linli.Core.Common.Spreadsheets;

/// <summary>Either a row source ready to read, or the reason the file cannot be read, worded for the user.</summary>
public sealed class TabularOpenResult
{
    private TabularOpenResult(RowSource? source, Bilingual? error)
    {
        Source = source;
        Error = error;
    }

    public RowSource? Source { get; }

    public Bilingual? Error { get; }

    [MemberNotNullWhen(true, nameof(Source))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Succeeded => Source is not null;

    internal static TabularOpenResult Success(RowSource source) => new(source, null);

    internal static TabularOpenResult Failure(Bilingual error) => new(null, error);
}
