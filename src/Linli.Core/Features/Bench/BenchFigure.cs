namespace Linli.Core.Features.Bench;

/// <summary>One measured figure of a benchmark scenario, with the data it was measured on.</summary>
public sealed record BenchFigure(string Scenario, string Name, double Value, string Unit, string DataSize);
