using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Overlord.Client.Contract;
using Overlord.Core.Specs;
using Overlord.Core.Specs.Printing;

namespace Overlord.Client.Deployment;

/// <summary>
/// The pure parts of a deployment: the bodies sent to a node, the autoscale metadata, the filters of destroy
/// and cancel, and how many targets may be sent at once under <c>maximumDeployments</c>.
/// </summary>
public static class DeployPlanner
{
    public const string AutoscalePrefix = "overlord.autoscale.";
    public const string AutoscaleCleanupPrefix = "overlord.autoscale-cleanup.";

    /// <summary>The key whose presence makes a node's autoscaler deploy <paramref name="project"/>.</summary>
    public static string AutoscaleKey(string project) => AutoscalePrefix + project;

    /// <summary>The key that asks a node's autoscaler to destroy <paramref name="project"/>'s replicas.</summary>
    public static string AutoscaleCleanupKey(string project) => AutoscaleCleanupPrefix + project;

    /// <summary>The value of <see cref="AutoscaleKey"/>: JSON, indented by 4 as the original wrote it,
    /// <c>{projectFile, environment, autoScale, reserve_port}</c>.</summary>
    public static string AutoscaleMetadata(DirectorProjectSpec spec, string projectFile, IReadOnlyDictionary<string, string> environment)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(environment);
        var printed = SpecPrinter.ToJson(spec);
        var document = new AutoscaleMetadataDocument
        {
            ProjectFile = projectFile,
            Environment = environment,
            AutoScale = printed["autoScale"],
            ReservePort = printed["reserve_port"],
        };
        return JsonSerializer.Serialize(document, OverlordJson.IndentedByFour.TypeInfo<AutoscaleMetadataDocument>());
    }

    /// <summary>The value of <see cref="AutoscaleCleanupKey"/>, as <c>json.dumps({"force": ...})</c> wrote it.</summary>
    public static string CleanupMetadata(bool force) => force ? """{"force": true}""" : """{"force": false}""";

    /// <summary>The namespace mapping as the node receives it: metadata prefixes applied, ids as numbers.</summary>
    public static IReadOnlyList<NamespaceMappingItem> NamespaceMapping(MetadataSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return (spec.Namespace?.Mapping ?? []).Select(entry => new NamespaceMappingItem
        {
            File = entry.FileMetadata is null ? null : [entry.EffectiveFileMetadata(spec.MetadataPrefix)!, entry.FilePath ?? ""],
            Directory = entry.Directory,
            Owner = Account(entry.Owner),
            Group = Account(entry.Group),
            Mode = entry.Mode is { } mode ? checked((int)mode) : null,
            Umask = entry.Umask is { } umask ? checked((int)umask) : null,
        }).ToList();
    }

    /// <summary>The body of <c>POST vm/{name}</c>, built from the spec as the original's apply did.</summary>
    public static VmProfile VmProfile(VmJailSpec spec, bool restart)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var printed = SpecPrinter.ToJson(spec);
        var metadata = spec.EffectiveMetadata();
        return new VmProfile
        {
            Makejail = spec.Makejail,
            MakejailFromMetadata = spec.Makejail is null ? spec.MakejailFromMetadata : null,
            Template = spec.Template,
            DiskLayout = DiskLayout(printed),
            CloudInit = spec.CloudInit is null ? null : printed["cloud-init"]?.DeepClone().AsObject(),
            Options = spec.Options,
            ScriptEnvironment = spec.ScriptEnvironment,
            StartEnvironment = spec.StartEnvironment,
            StartArguments = spec.StartArguments,
            BuildEnvironment = spec.BuildEnvironment,
            BuildArguments = spec.BuildArguments,
            Restart = restart,
            Overwrite = spec.Overwrite,
            Poweroff = spec.Poweroff,
            Script = spec.Script,
            Datastore = spec.Datastore,
            Metadata = metadata.Count > 0 ? metadata : null,
        };
    }

    /// <summary>The printed <c>diskLayout</c>, less an empty <c>fstab</c> (the printer's default), which a node refuses as the spec loader does.</summary>
    private static JsonObject? DiskLayout(JsonObject printed)
    {
        var layout = printed["diskLayout"]?.DeepClone().AsObject();
        if (layout?["fstab"] is JsonArray { Count: 0 })
        {
            layout.Remove("fstab");
        }

        return layout;
    }

    /// <summary>destroy's <c>--filter-chain</c>: with filters, only the named chain paths are kept, and the entry
    /// node only with <paramref name="keepRoot"/> (<c>--filter-root-chain</c>); without filters every target is kept.</summary>
    public static IReadOnlyList<DeployTarget> FilterForDestroy(IReadOnlyList<DeployTarget> targets, IReadOnlyCollection<string> chains, bool keepRoot)
    {
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(chains);
        return chains.Count == 0 ? targets : targets.Where(t => t.Chain is null ? keepRoot : chains.Contains(t.Chain)).ToList();
    }

    /// <summary>cancel's <c>--filter-chain</c>: with filters, only the named chain paths are kept (never the entry node).</summary>
    public static IReadOnlyList<DeployTarget> FilterForCancel(IReadOnlyList<DeployTarget> targets, IReadOnlyCollection<string> chains)
    {
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(chains);
        return chains.Count == 0 ? targets : targets.Where(t => t.Chain is not null && chains.Contains(t.Chain)).ToList();
    }

    /// <summary>How many deployments one target makes when everything succeeds: a metadata spec counts each key and its namespace.</summary>
    public static int UnitsPerTarget(Spec spec) => spec is MetadataSpec metadata
        ? Math.Max(1, metadata.EffectiveMetadata().Count + (metadata.Namespace is null ? 0 : 1))
        : 1;

    /// <summary>How many targets may be sent at once when <paramref name="remaining"/> deployments are still allowed, so that
    /// no target is used that the original, deploying one node at a time, would not have used.</summary>
    public static int WaveSize(long remaining, int unitsPerTarget, int concurrency)
    {
        var needed = (remaining + unitsPerTarget - 1) / Math.Max(1, unitsPerTarget);
        return (int)Math.Clamp(needed, 1, Math.Max(1, concurrency));
    }

    private static AccountRef? Account(string? value) =>
        value is null ? null
        : int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var id) ? AccountRef.FromId(id)
        : AccountRef.FromName(value);
}
