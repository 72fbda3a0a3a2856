using Overlord.Cli.Output;
using Overlord.Core;
using Overlord.Core.Specs;

namespace Overlord.Cli.Commands;

/// <summary>The view of a get-info type, with its filters as the original computed them (reference 7).</summary>
internal static class InfoViews
{
    public static InfoView Create(GetInfoRequest request, Spec spec)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Type switch
        {
            "projects" => new ProjectsInfoView(ProjectNames(request, spec)),
            "jails" => new JailsInfoView(Patterns(request.Filters), request.JailItems),
            "metadata" => new MetadataInfoView(Patterns(request.Filters.Count > 0 ? request.Filters : OwnKeys(spec))),
            "namespaces" => new NamespacesInfoView(Patterns(request.Filters.Count > 0 ? request.Filters : OwnNamespace(spec))),
            "chains" => new ChainsInfoView(Patterns(request.Filters)),
            "chains:stats" => new ChainStatsInfoView(Patterns(request.Filters)),
            "chains:tree" => new ChainTreeInfoView(),
            "projects:logs" => new LogsInfoView(Patterns(request.Filters), jails: false),
            "jails:logs" => new LogsInfoView(Patterns(request.Filters), jails: true),
            "autoscale" => new AutoscaleInfoView(AutoscaleNames(request, spec)),
            "vm" => new VmInfoView(VmNames(request, spec)),
            _ => throw new OverlordException($"get-info -t {request.Type} is not supported yet", ExitCodes.Usage),
        };
    }

    /// <summary>Literal project names; <c>--filter-per-project</c> uses the spec's project, VM or application name.</summary>
    private static IReadOnlyList<string> ProjectNames(GetInfoRequest request, Spec spec) =>
        !request.FilterPerProject ? request.Filters : spec switch
        {
            DirectorProjectSpec project => [project.ProjectName],
            VmJailSpec vm => [vm.VmName],
            AppConfigSpec app => [app.AppName],
            _ => request.Filters,
        };

    /// <summary>Literal project names, required (the original exited 64 without any); <c>--filter-per-project</c> as for projects.</summary>
    private static IReadOnlyList<string> AutoscaleNames(GetInfoRequest request, Spec spec)
    {
        var names = ProjectNames(request, spec);
        return names.Count > 0 ? names : throw new OverlordException("get-info -t autoscale needs at least one project name: --filter NAME (or --filter-per-project)", ExitCodes.Usage);
    }

    /// <summary>Literal VM names; <c>--filter-per-project</c> uses the spec's VM or application name.</summary>
    private static IReadOnlyList<string> VmNames(GetInfoRequest request, Spec spec) =>
        !request.FilterPerProject ? request.Filters : spec switch
        {
            VmJailSpec vm => [vm.VmName],
            AppConfigSpec app => [app.AppName],
            _ => request.Filters,
        };

    /// <summary>By default, a metadata spec shows its own keys (exactly), any other spec every key.</summary>
    private static List<string> OwnKeys(Spec spec) =>
        spec is MetadataSpec metadata ? metadata.EffectiveMetadata().Keys.Select(InfoPatterns.Exactly).ToList() : [];

    private static List<string> OwnNamespace(Spec spec) =>
        spec is MetadataSpec { Namespace: { } space } ? [InfoPatterns.Exactly(space.Name)] : [];

    private static InfoPatterns Patterns(IReadOnlyList<string> patterns) =>
        InfoPatterns.TryCreate(patterns, out var error) ?? throw new OverlordException(error!, ExitCodes.Usage);
}
