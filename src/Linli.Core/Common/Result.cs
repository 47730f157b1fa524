namespace Linli.Core.Common;

public enum FailureKind
{
    Invalid,   // bad input → 400
    NotFound,  // missing or outside the caller's subtree → 404 (we do not reveal which)
    Forbidden, // the role may not do this → 403
    Conflict,  // duplicate or concurrent edit → 409
    TooMany,   // a limit on attempts was reached → 429, with RetryAfter
}

/// <summary>An expected failure, returned as a value. <see cref="Field"/> names the input field when there is one.</summary>
public sealed record Failure(FailureKind Kind, Bilingual Message, string? Field = null)
{
    /// <summary>For <see cref="FailureKind.TooMany"/>: when trying again can succeed.</summary>
    public TimeSpan? RetryAfter { get; init; }

    public static Failure Invalid(string field, string zh, string en) => new(FailureKind.Invalid, new(zh, en), field);
    public static Failure NotFound(string zh, string en) => new(FailureKind.NotFound, new(zh, en));
    public static Failure Forbidden(string zh, string en) => new(FailureKind.Forbidden, new(zh, en));
    public static Failure Conflict(string zh, string en) => new(FailureKind.Conflict, new(zh, en));
    public static Failure TooMany(TimeSpan retryAfter, string? field, string zh, string en) => new(FailureKind.TooMany, new(zh, en), field) { RetryAfter = retryAfter };

    public static readonly Failure ConcurrentEdit = Conflict(
        "该记录已被他人修改，请刷新后重试。", "Someone else changed this record; reload it and try again.");
}

public readonly struct Result<T>
{
    private Result(T? value, Failure? failure) => (Value, Failure) = (value, failure);

    public T? Value { get; }
    public Failure? Failure { get; }
    public bool Ok => Failure is null;

    public static implicit operator Result<T>(T value) => new(value, null);
    public static implicit operator Result<T>(Failure failure) => new(default, failure);
}
