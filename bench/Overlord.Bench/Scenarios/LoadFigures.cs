namespace Overlord.Bench.Scenarios;

/// <summary>Requests per second of a node's get-info route and of a plain Kestrel route, under the same load generator.</summary>
public sealed record LoadFigures(string Tool, double NodeRequestsPerSecond, double HelloRequestsPerSecond);
