namespace Overlord.Core.Specs;

/// <summary>
/// A validated deployment file: the keys every kind shares. Each kind is a derived record;
/// every default is already applied, so readers never have to know them.
/// </summary>
public abstract record Spec
{
    /// <summary>What the file deploys.</summary>
    public abstract SpecKind Kind { get; }

    /// <summary>The nodes the client talks to, by name, in file order.</summary>
    public IReadOnlyDictionary<string, DatacenterSpec> Datacenters { get; init; } = new Dictionary<string, DatacenterSpec>();

    /// <summary>Where to deploy.</summary>
    public DeployInSpec DeployIn { get; init; } = new();

    /// <summary>At most this many successful deployments; 0 (the default) means no limit.</summary>
    public long MaximumDeployments { get; init; }
}
