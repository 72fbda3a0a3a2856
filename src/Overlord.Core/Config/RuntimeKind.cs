namespace Overlord.Core.Config;

/// <summary>Which runtime a node uses to run projects (<c>runtime:</c> in <c>overlord.yml</c>).</summary>
public enum RuntimeKind
{
    /// <summary>AppJail and Director, as the original: production, FreeBSD only.</summary>
    AppJail,

    /// <summary>Supervised local processes: development, CI and the demo, on any OS.</summary>
    Process,
}
