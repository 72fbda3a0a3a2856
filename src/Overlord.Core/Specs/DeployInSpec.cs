namespace Overlord.Core.Specs;

/// <summary><c>deployIn</c>: the entry points to start from and the labels a node must (not) carry.</summary>
public sealed record DeployInSpec
{
    /// <summary>The label every node carries unless its config says otherwise.</summary>
    public const string AllLabel = "all";

    /// <summary><c>dc</c> or <c>dc.chain.chain</c>; defaults to every datacenter, in file order.</summary>
    public IReadOnlyList<string> Entrypoints { get; init; } = [];

    /// <summary>A node is kept when it carries any of these; default <c>["all"]</c>.</summary>
    public IReadOnlyList<string> Labels { get; init; } = [AllLabel];

    /// <summary>A node is dropped when it carries any of these; default none.</summary>
    public IReadOnlyList<string> Exclude { get; init; } = [];
}
