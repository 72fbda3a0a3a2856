namespace Overlord.Core.Specs;

/// <summary>One <c>deployIn.entrypoints</c> item split into its datacenter and the chain path to start from.</summary>
public sealed record DeployEntrypoint(string Datacenter, string? ChainPath)
{
    /// <summary>Splits <c>dc</c> or <c>dc.alpha.charlie</c> (the loader has checked the syntax).</summary>
    public static DeployEntrypoint Parse(string entrypoint)
    {
        ArgumentNullException.ThrowIfNull(entrypoint);
        var dot = entrypoint.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? new(entrypoint, null) : new(entrypoint[..dot], entrypoint[(dot + 1)..]);
    }

    /// <summary>True when the candidate is the start node or one of its descendants, the original's candidates for an entry point.</summary>
    public bool Covers(TargetCandidate candidate)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        if (!string.Equals(candidate.Datacenter, Datacenter, StringComparison.Ordinal))
        {
            return false;
        }

        return ChainPath is null
            || string.Equals(candidate.ChainPath, ChainPath, StringComparison.Ordinal)
            || (candidate.ChainPath?.StartsWith(ChainPath + ".", StringComparison.Ordinal) ?? false);
    }
}
