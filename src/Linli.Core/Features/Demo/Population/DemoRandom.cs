namespace Linli.Core.Features.Demo.Population;

/// <summary>
/// The seeded random source of one committee. Each committee gets its own stream, derived from the
/// seed and the committee code, so a committee's people do not change when other committees are
/// added or left out (the province-scale run streams committees one by one).
/// </summary>
public sealed class DemoRandom(int seed, string committeeCode)
{
    // System.Random with a seed uses a fixed algorithm, the same on every run and machine.
    private readonly Random _random = new(Mix(seed, committeeCode));

    public int Next(int maxExclusive) => _random.Next(maxExclusive);
    public int Between(int min, int maxInclusive) => _random.Next(min, maxInclusive + 1);
    public bool Chance(double probability) => _random.NextDouble() < probability;
    public T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    /// <summary>Picks an item with probability proportional to its weight.</summary>
    public T Weighted<T>(IReadOnlyList<(T Item, int Weight)> items)
    {
        var total = 0;
        foreach (var (_, weight) in items)
        {
            total += weight;
        }
        var roll = _random.Next(total);
        foreach (var (item, weight) in items)
        {
            roll -= weight;
            if (roll < 0)
            {
                return item;
            }
        }
        return items[^1].Item;
    }

    // string.GetHashCode is randomised per process, so the code is folded in by hand (FNV-1a).
    private static int Mix(int seed, string code)
    {
        var hash = 2166136261u ^ (uint)seed;
        foreach (var c in code)
        {
            hash = (hash ^ c) * 16777619u;
        }
        return (int)(hash & 0x7FFFFFFF);
    }
}
