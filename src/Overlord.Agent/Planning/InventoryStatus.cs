namespace Overlord.Agent.Planning;

/// <summary>Whether a deployed spec is still in the repository.</summary>
public enum InventoryStatus
{
    Deployed,

    /// <summary>Its file left the repository while pruning was off: still deployed, destroyed by a later sync with prune.</summary>
    Orphaned,
}
