using Overlord.Core.Specs;

namespace Overlord.Client.Deployment;

/// <summary>Why a spec's kind cannot be applied, destroyed or cancelled; null when it can.</summary>
public static class DeployRefusals
{
    public const string AppConfigUnsupported =
        "kind appConfig is not supported yet: its Mako templates cannot be rendered; render the template yourself and deploy the resulting directorProject or vmJail spec";

    public static string? ForApply(Spec spec) => ForApplyOrDestroy(spec, "applied");

    public static string? ForDestroy(Spec spec) => ForApplyOrDestroy(spec, "destroyed");

    /// <summary>cancel takes projects (without autoScale) and VMs only, as the original.</summary>
    public static string? ForCancel(Spec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return spec switch
        {
            AppConfigSpec => AppConfigUnsupported,
            DirectorProjectSpec { AutoScale: not null } => "a directorProject with autoScale cannot be cancelled: its autoscaler runs the jobs",
            DirectorProjectSpec or VmJailSpec => null,
            _ => $"kind {SpecNames.ToText(spec.Kind)} cannot be cancelled: only directorProject and vmJail deployments run jobs",
        };
    }

    private static string? ForApplyOrDestroy(Spec spec, string verb)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return spec switch
        {
            ReadOnlySpec => $"kind readOnly only selects nodes for get-info; it cannot be {verb}",
            AppConfigSpec => AppConfigUnsupported,
            _ => null,
        };
    }
}
