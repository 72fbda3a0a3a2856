using Overlord.Core.Specs;

namespace Overlord.Client.Deployment;

/// <summary>Why a spec's kind cannot be applied, destroyed or cancelled; null when it can. An appConfig spec is judged by the spec it renders.</summary>
public static class DeployRefusals
{
    public static string? ForApply(Spec spec) => ForApplyOrDestroy(spec, "applied");

    public static string? ForDestroy(Spec spec) => ForApplyOrDestroy(spec, "destroyed");

    /// <summary>cancel takes projects (without autoScale), VMs and appConfig specs only, as the original.</summary>
    public static string? ForCancel(Spec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return spec switch
        {
            DirectorProjectSpec { AutoScale: not null } => "a directorProject with autoScale cannot be cancelled: its autoscaler runs the jobs",
            DirectorProjectSpec or VmJailSpec or AppConfigSpec => null,
            _ => $"kind {SpecNames.ToText(spec.Kind)} cannot be cancelled: only directorProject, vmJail and appConfig deployments run jobs",
        };
    }

    private static string? ForApplyOrDestroy(Spec spec, string verb)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return spec is ReadOnlySpec ? $"kind readOnly only selects nodes for get-info; it cannot be {verb}" : null;
    }
}
