namespace Overlord.Core.Specs;

/// <summary><c>directorProject</c>: an AppJail Director project deployed on every targeted node.</summary>
public sealed record DirectorProjectSpec : Spec
{
    /// <summary>The special <c>chainsEnvironment</c> key for a datacenter's own node (no chain).</summary>
    public const string RootChainKey = "<root>";

    /// <inheritdoc />
    public override SpecKind Kind => SpecKind.DirectorProject;

    public required string ProjectName { get; init; }

    /// <summary>The Director file's text, byte for byte as written (its own <c>!ENV</c> tags are left for Director).
    /// Null when <see cref="ProjectFromMetadata"/> is used.</summary>
    public string? ProjectFile { get; init; }

    /// <summary>A metadata key holding the Director file, fetched from each target node.</summary>
    public string? ProjectFromMetadata { get; init; }

    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();

    /// <summary>A metadata key holding a YAML mapping of variables, fetched per node; it wins over every other environment.</summary>
    public string? EnvironFromMetadata { get; init; }

    /// <summary>Per datacenter name.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> DatacentersEnvironment { get; init; } =
        new Dictionary<string, IReadOnlyDictionary<string, string>>();

    /// <summary>Per chain path below the datacenter (<c>alpha.charlie</c>), or <see cref="RootChainKey"/>.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> ChainsEnvironment { get; init; } =
        new Dictionary<string, IReadOnlyDictionary<string, string>>();

    /// <summary>Per node label, applied in the order of the node's labels.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> LabelsEnvironment { get; init; } =
        new Dictionary<string, IReadOnlyDictionary<string, string>>();

    /// <summary>Null when absent or empty; when set, apply writes the autoscale metadata instead of deploying.</summary>
    public AutoScaleSpec? AutoScale { get; init; }

    /// <summary>Interface name → network (CIDR or address) to pick the address from, or null for the first address.</summary>
    public IReadOnlyDictionary<string, string?> ReservePort { get; init; } = new Dictionary<string, string?>();
}
