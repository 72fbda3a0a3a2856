using Overlord.Core.Diagnostics;

namespace Overlord.Core.Config;

/// <summary>
/// What loading <c>overlord.yml</c> gave: the config, or null when the file was refused (every reason is in
/// <see cref="Diagnostics"/>, sorted by position) or does not exist (<see cref="FileMissing"/>).
/// </summary>
public sealed record ConfigLoadResult(OverlordConfig? Config, DiagnosticBag Diagnostics)
{
    /// <summary>True when the named file does not exist (sysexits EX_NOINPUT, 66).</summary>
    public bool FileMissing { get; init; }

    /// <summary>True when a config was produced (warnings may still be present).</summary>
    public bool Succeeded => Config is not null;
}
