namespace Overlord.Client.Contract;

/// <summary>One spec on one node, as the API shows it.</summary>
public sealed record TargetView(string Chain, long? JobId, string State, string? Error);
