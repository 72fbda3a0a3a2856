namespace Overlord.Server.Chains;

/// <summary>One chain's counters: the original's <c>{failures, increase, last-failure}</c>.</summary>
internal sealed record ChainFailures(int Failures, int Increase, DateTimeOffset LastFailure);
