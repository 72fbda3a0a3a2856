namespace Overlord.Agent.Convergence;

/// <summary>What a reconcile decides with besides the states: the commit, the clock and the operator's switches.</summary>
public sealed record ReconcileOptions
{
    /// <summary>The commit the desired state is read from (the agent's last applied commit).</summary>
    public required string Commit { get; init; }

    public required DateTimeOffset Now { get; init; }

    /// <summary><c>agent.self_heal</c>: redeploy what was destroyed or failed behind the agent's back.</summary>
    public bool SelfHeal { get; init; }

    /// <summary>Destroy what runs where the branch no longer puts it.</summary>
    public bool Prune { get; init; }

    public bool AllowMassPrune { get; init; }

    /// <summary>Spec files of <see cref="Commit"/> that do not load: what they deployed is kept, never pruned.</summary>
    public IReadOnlySet<string> InvalidSpecs { get; init; } = new HashSet<string>();

    /// <summary>Spec files of <see cref="Commit"/> that load: a destroy of one is read from <see cref="Commit"/>.</summary>
    public IReadOnlySet<string> ValidSpecs { get; init; } = new HashSet<string>();

    /// <summary>Specs of <see cref="Commit"/> with autoScale: the tree does not show their projects on the node they were sent to.</summary>
    public IReadOnlySet<string> AutoscaledSpecs { get; init; } = new HashSet<string>();

    /// <summary>The inventory's targets per spec: a project found running where the inventory put it is adopted, not redeployed.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> InventoryTargets { get; init; } = new Dictionary<string, IReadOnlyList<string>>();
}
