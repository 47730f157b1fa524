namespace Linli.Core.Features.Staffing;

/// <summary>The arithmetic of staffing standards, kept apart so each rule is tested on its own.</summary>
public static class StaffingFormula
{
    /// <summary>1 worker per N households, rounded up: a part of a worker is still a worker to hire.</summary>
    public static int RequiredByHouseholds(int households, decimal householdsPerWorker) =>
        households <= 0 ? 0 : (int)Math.Ceiling(households / householdsPerWorker);

    /// <summary>K workers per 10,000 urban residents, rounded up: 89,200 at 18 → 160.56 → 161.</summary>
    public static int RequiredByResidents(int urbanResidents, decimal workersPer10k) =>
        urbanResidents <= 0 ? 0 : (int)Math.Ceiling(urbanResidents * workersPer10k / 10_000m);

    /// <summary>How many communities a community of <paramref name="size"/> becomes when split under a cap (1 = no split; no cap = 1).</summary>
    public static int PartsUnderCap(int size, decimal? cap) =>
        cap is not { } c || size <= c ? 1 : (int)Math.Ceiling(size / c);

    /// <summary>Left in the period over those on the roll in it, in percent with one decimal: 41 / 161 → 25.5.</summary>
    public static decimal? TurnoverPercent(int left, int onRoll) =>
        onRoll == 0 ? null : Math.Round(left * 100m / onRoll, 1, MidpointRounding.AwayFromZero);
}
