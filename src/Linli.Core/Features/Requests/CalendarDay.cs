namespace Linli.Core.Features.Requests;

/// <summary>
/// A day that breaks the Monday–Friday rule: a public holiday on a weekday (IsWorkingDay false),
/// or a weekend day worked to make up a bridge day (调休, IsWorkingDay true). Seeded from the State
/// Council's notices for 2025 and 2026; each year's notice is added as rows, no code change.
/// </summary>
public sealed class CalendarDay
{
    public DateOnly Date { get; set; }
    public bool IsWorkingDay { get; set; }

    /// <summary>The holiday the day belongs to, e.g. 国庆节 or 春节调休上班.</summary>
    public required string Name { get; set; }
}
