namespace Linli.Features.Operations;

/// <summary>
/// Framework categories that write full URLs (query strings included, where a careless client puts a phone
/// number) or SQL text stay at Warning and above, whatever the configuration asks: Logging:LogLevel:Default=Debug,
/// a level for one of their own categories, or a provider's own section. Personal data must never reach a log;
/// our request line (<see cref="RequestLogging"/>) logs the route template instead.
/// </summary>
public static class LogFloor
{
    private static readonly string[] Floored = ["Microsoft.AspNetCore", "System.Net.Http", "Microsoft.EntityFrameworkCore", "Npgsql"];

    public static ILoggingBuilder AddLinliLogFloor(this ILoggingBuilder logging)
    {
        // After every Configure, so after the rules read from configuration.
        logging.Services.PostConfigure<LoggerFilterOptions>(Apply);
        return logging;
    }

    /// <summary>
    /// The logger factory picks one rule per provider and category: a rule of the provider's own before a general
    /// one, then the longest category, then the last. So a rule that could win inside a floored category is raised
    /// to the floor, and each provider that has rules gets the floor, never below what it would have had.
    /// </summary>
    private static void Apply(LoggerFilterOptions options)
    {
        var rules = options.Rules.Select(r => Floored.Any(c => CanOutrank(r.CategoryName, c)) && r.LogLevel is null or < LogLevel.Warning
            ? new LoggerFilterRule(r.ProviderName, r.CategoryName, LogLevel.Warning, r.Filter)
            : r).ToList();
        var floors = from provider in rules.Select(r => r.ProviderName).Append(null).Distinct()
                     from category in Floored
                     let level = Pick(rules, provider, category)?.LogLevel ?? options.MinLevel
                     select new LoggerFilterRule(provider, category, level > LogLevel.Warning ? level : LogLevel.Warning, null);
        rules.AddRange(floors.ToList());
        options.Rules.Clear();
        foreach (var rule in rules)
        {
            options.Rules.Add(rule);
        }
    }

    // A rule longer than the floored category that matches something inside it ("Microsoft.AspNetCore.Hosting", "Microsoft.*.Diagnostics").
    private static bool CanOutrank(string? rule, string floored) =>
        rule is not null && rule.Length > floored.Length
        && (rule.StartsWith(floored, StringComparison.OrdinalIgnoreCase)
            || (rule.IndexOf('*', StringComparison.Ordinal) is var star and >= 0 && floored.StartsWith(rule[..star], StringComparison.OrdinalIgnoreCase)));

    private static LoggerFilterRule? Pick(List<LoggerFilterRule> rules, string? provider, string category)
    {
        LoggerFilterRule? best = null;
        foreach (var rule in rules.Where(r => (r.ProviderName is null || r.ProviderName == provider) && (r.CategoryName is null || Matches(r.CategoryName, category))))
        {
            var better = (best?.ProviderName, rule.ProviderName) switch
            {
                (not null, null) => false,
                (null, not null) => true,
                _ => best?.CategoryName is null || (rule.CategoryName is not null && rule.CategoryName.Length >= best.CategoryName.Length),
            };
            best = better ? rule : best;
        }
        return best;
    }

    private static bool Matches(string rule, string category) => rule.IndexOf('*', StringComparison.Ordinal) is var star and >= 0
        ? category.Length >= rule.Length - 1 && category.StartsWith(rule[..star], StringComparison.OrdinalIgnoreCase) && category.EndsWith(rule[(star + 1)..], StringComparison.OrdinalIgnoreCase)
        : category.StartsWith(rule, StringComparison.OrdinalIgnoreCase);
}
