namespace Overlord.FakeTools;

/// <summary>A service as the Director file declares it.</summary>
internal sealed record DeclaredService(string Name, string? Jail, int Priority, IReadOnlyDictionary<string, string> Labels, string Fingerprint);
