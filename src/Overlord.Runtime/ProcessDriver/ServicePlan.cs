using Overlord.Runtime.Director;

namespace Overlord.Runtime.ProcessDriver;

/// <summary>A service of an up: its definition, jail, root, compiled Makejail (or why it cannot be built), fingerprint and labels.</summary>
internal sealed record ServicePlan(
    DirectorService Service,
    string Jail,
    string RootDirectory,
    MakejailPlan? Makejail,
    string? Error,
    string Fingerprint,
    IReadOnlyDictionary<string, string> Labels);
