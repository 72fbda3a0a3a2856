using Overlord.Agent.Git;
using Overlord.Core.Specs;

namespace Overlord.Agent.Planning;

/// <summary>
/// Turns a diff, the loaded specs and the inventory into an ordered plan (issue 4): metadata first, then
/// projects and VMs, destroys last and only with prune; an invalid spec fails alone; a sync that would
/// destroy more than a quarter of the deployed specs, or all of them, stops unless mass pruning is allowed.
/// Pure: the same request gives the same plan.
/// </summary>
public static class SyncPlanner
{
    /// <summary>
    /// The spec files of the target to load, each with why: changed specs, every spec reading a changed env file,
    /// every deployed spec whose included file changed; every spec when nothing was applied before.
    /// </summary>
    public static IReadOnlyDictionary<string, string> SelectSpecs(PlanRequest request) => SelectAmong(request, new SpecFileSet(request));

    private static Dictionary<string, string> SelectAmong(PlanRequest request, SpecFileSet specs)
    {
        var selected = new Dictionary<string, string>(StringComparer.Ordinal);
        if (request.BaseCommit is null)
        {
            foreach (var path in specs.All().Order(StringComparer.Ordinal))
            {
                selected[path] = "new";
            }

            return selected;
        }

        foreach (var change in request.Changes)
        {
            if (specs.Contains(change.Path) && change.Kind != FileChangeKind.Deleted)
            {
                selected.TryAdd(change.Path, change.Kind == FileChangeKind.Added ? "added" : "modified");
            }

            if (request.Paths.IsEnvFile(change.Path))
            {
                foreach (var spec in specs.All().Where(spec => request.Paths.SpecReads(spec, change.Path)).Order(StringComparer.Ordinal))
                {
                    selected.TryAdd(spec, $"env file {change.Path} changed");
                }
            }

            foreach (var entry in request.Inventory.Where(entry => entry.Dependencies.Contains(change.Path) && specs.Contains(entry.SpecPath)))
            {
                selected.TryAdd(entry.SpecPath, $"included file {change.Path} changed");
            }
        }

        return selected;
    }

    /// <summary>The plan for the specs <see cref="SelectSpecs"/> chose, once loaded.</summary>
    public static SyncPlan Plan(PlanRequest request, IReadOnlyList<LoadedSpec> loaded)
    {
        var included = IncludedFiles(request, loaded);

        // The spec files asked about, not listed, and the inventory entries of the loaded specs only: a repository of ten
        // thousand specs makes each of those a set or a dictionary of ten thousand entries.
        var present = new SpecFileSet(request);
        var reasons = SelectAmong(request, present);
        var paths = loaded.Select(spec => spec.Path).ToHashSet(StringComparer.Ordinal);
        var inventory = request.Inventory.Where(entry => paths.Contains(entry.SpecPath)).ToDictionary(entry => entry.SpecPath, StringComparer.Ordinal);
        var steps = new List<PlannedStep>();
        foreach (var spec in loaded.Where(spec => !included.Contains(spec.Path)))
        {
            var reason = reasons.GetValueOrDefault(spec.Path, "requested");
            if (ApplyStep(request, spec, reason, inventory.GetValueOrDefault(spec.Path)) is { } step)
            {
                steps.Add(step);
            }
        }

        var gone = request.Inventory.Where(entry => !present.Contains(entry.SpecPath) || included.Contains(entry.SpecPath)).ToList();
        if (!request.Prune)
        {
            return new SyncPlan(Ordered(steps), gone.Select(entry => entry.SpecPath).Order(StringComparer.Ordinal).ToArray(), null);
        }

        steps.AddRange(gone.Select(DestroyStep));
        return new SyncPlan(Ordered(steps), [], MassPruneProblem(request, gone.Count));
    }

    private static PlannedStep? ApplyStep(PlanRequest request, LoadedSpec spec, string reason, InventoryEntry? deployed)
    {
        if (!spec.IsValid)
        {
            return new PlannedStep
            {
                SpecPath = spec.Path,
                Action = StepAction.Invalid,
                Phase = deployed is null ? SyncPhase.Workloads : PhaseOf(deployed.Kind),
                Kind = deployed?.Kind,
                Name = deployed?.Name,
                SpecCommit = request.TargetCommit,
                Reason = reason,
                Errors = spec.Errors.Count == 0 ? [$"{spec.Path}: the spec does not say what it deploys"] : spec.Errors,
            };
        }

        // readOnly specs only describe targets for get-info: applying one deploys nothing (the original exits 78).
        return spec.Kind == SpecKind.ReadOnly ? null : new PlannedStep
        {
            SpecPath = spec.Path,
            Action = StepAction.Apply,
            Phase = PhaseOf(spec.Kind!.Value),
            Kind = spec.Kind,
            Name = spec.Name,
            SpecCommit = request.TargetCommit,
            Reason = reason,
            Dependencies = spec.Reads,
        };
    }

    private static PlannedStep DestroyStep(InventoryEntry entry) => new()
    {
        SpecPath = entry.SpecPath,
        Action = StepAction.Destroy,
        Phase = SyncPhase.Deletions,
        Kind = entry.Kind,
        Name = entry.Name,
        SpecCommit = entry.LastAppliedCommit,
        Reason = entry.Status == InventoryStatus.Orphaned ? "deleted earlier, kept while prune was off" : "deleted",
        Dependencies = entry.Dependencies,
    };

    private static string? MassPruneProblem(PlanRequest request, int destroys)
    {
        var deployed = request.Inventory.Count;
        if (destroys == 0 || request.AllowMassPrune || (destroys * 4 <= deployed && destroys < deployed))
        {
            return null;
        }

        var share = destroys == deployed ? "all of them" : "more than a quarter";
        return $"this sync would destroy {destroys} of the {deployed} deployed specs ({share}); nothing was done. "
            + "Sync again with allow_mass_prune (overlord sync --allow-mass-prune) if that is what you want";
    }

    private static SyncPhase PhaseOf(SpecKind kind) => kind == SpecKind.Metadata ? SyncPhase.Metadata : SyncPhase.Workloads;

    // Destroys run workloads before the metadata they may read; everything else by phase, then path.
    private static PlannedStep[] Ordered(List<PlannedStep> steps) =>
        steps.OrderBy(step => step.Phase)
            .ThenBy(step => step.Phase == SyncPhase.Deletions && step.Kind == SpecKind.Metadata ? 1 : 0)
            .ThenBy(step => step.SpecPath, StringComparer.Ordinal)
            .ToArray();

    // A file another spec includes is data, not a spec, even when a glob matches it.
    private static HashSet<string> IncludedFiles(PlanRequest request, IReadOnlyList<LoadedSpec> loaded)
    {
        var included = SpecFileSet.Dependencies(request.Inventory);
        included.UnionWith(loaded.SelectMany(spec => spec.Reads));
        return included;
    }
}
