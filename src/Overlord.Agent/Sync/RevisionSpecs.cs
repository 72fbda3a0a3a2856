using Overlord.Agent.Planning;
using Overlord.Core.Specs;

namespace Overlord.Agent.Sync;

/// <summary>Specs loaded from one commit: what the planner needs, and the specs themselves for dispatch.</summary>
public sealed record RevisionSpecs(string Commit, IReadOnlyList<LoadedSpec> Loaded, IReadOnlyDictionary<string, Spec> Specs)
{
    public static RevisionSpecs Empty(string commit) => new(commit, [], new Dictionary<string, Spec>());
}
