using Overlord.Agent.Git;
using Overlord.Agent.Planning;
using Overlord.Core.Specs;

namespace Overlord.Agent.Tests.Planning;

/// <summary>Builds planner requests from short descriptions: the files of the target, the diff, the inventory.</summary>
internal sealed class PlanScenario
{
    public const string Target = "2222222222222222222222222222222222222222";
    public const string Base = "1111111111111111111111111111111111111111";

    private readonly List<FileChange> _changes = [];
    private readonly List<InventoryEntry> _inventory = [];

    public HashSet<string> Files { get; } = new(StringComparer.Ordinal);

    public string? BaseCommit { get; set; } = Base;

    public bool ConfiguredPrune { get; set; }

    public bool RequestedPrune { get; set; }

    public bool AllowMassPrune { get; set; }

    public bool HistoryRewritten { get; set; }

    public WatchedPaths Paths { get; set; } = new(["**/*.yml", "**/*.yaml"], [".env"]);

    public PlanScenario WithFiles(params string[] paths)
    {
        Files.UnionWith(paths);
        return this;
    }

    public PlanScenario Changed(FileChangeKind kind, string path)
    {
        _changes.Add(new FileChange(kind, path));
        if (kind == FileChangeKind.Deleted)
        {
            Files.Remove(path);
        }
        else
        {
            Files.Add(path);
        }

        return this;
    }

    public PlanScenario Deployed(string path, SpecKind kind = SpecKind.DirectorProject, InventoryStatus status = InventoryStatus.Deployed, params string[] dependencies)
    {
        _inventory.Add(new InventoryEntry
        {
            SpecPath = path,
            Kind = kind,
            Name = kind == SpecKind.Metadata ? null : Path.GetFileNameWithoutExtension(path),
            LastAppliedCommit = Base,
            Status = status,
            Dependencies = dependencies,
        });
        return this;
    }

    public PlanRequest Request() => new()
    {
        TargetCommit = Target,
        BaseCommit = BaseCommit,
        Changes = _changes,
        TargetFiles = Files,
        Inventory = _inventory,
        Paths = Paths,
        ConfiguredPrune = ConfiguredPrune,
        RequestedPrune = RequestedPrune,
        AllowMassPrune = AllowMassPrune,
        HistoryRewritten = HistoryRewritten,
    };

    /// <summary>Plans with every selected spec loaded as a valid project (metadata when its name says so), unless given otherwise.</summary>
    public SyncPlan Plan(params LoadedSpec[] overrides)
    {
        var request = Request();
        var loaded = SyncPlanner.SelectSpecs(request).Keys
            .Select(path => overrides.FirstOrDefault(spec => spec.Path == path) ?? Valid(path))
            .ToList();
        return SyncPlanner.Plan(request, loaded);
    }

    public static LoadedSpec Valid(string path) =>
        Path.GetFileName(path).StartsWith("meta", StringComparison.Ordinal)
            ? LoadedSpec.Valid(path, SpecKind.Metadata, null)
            : LoadedSpec.Valid(path, SpecKind.DirectorProject, Path.GetFileNameWithoutExtension(path));
}
