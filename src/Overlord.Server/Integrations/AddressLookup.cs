namespace Overlord.Server.Integrations;

/// <summary>An interface's address (null when it has none that fits), or the error that prevented the lookup.</summary>
public sealed record AddressLookup(string? Address, string? Error);
