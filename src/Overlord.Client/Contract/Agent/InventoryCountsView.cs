namespace Overlord.Client.Contract;

/// <summary>How many specs the agent has deployed, and how many of those left the repository (kept while prune is off).</summary>
public sealed record InventoryCountsView(int Deployed, int Orphaned, int Failed);
