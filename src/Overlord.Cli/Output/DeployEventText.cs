using System.Globalization;
using Overlord.Client.Deployment;

namespace Overlord.Cli.Output;

/// <summary>One line per step and state: <c>main.(root): project web: job 12 queued</c>.</summary>
internal static class DeployEventText
{
    public static string Format(DeployEvent deployEvent)
    {
        ArgumentNullException.ThrowIfNull(deployEvent);
        var step = deployEvent.Step;
        var job = step.JobId is { } id ? $"job {id.ToString(CultureInfo.InvariantCulture)} " : "";
        var detail = deployEvent.State switch
        {
            DeployState.Queued => $"{job}queued",
            DeployState.Running => $"{job}running",
            DeployState.Completed => step.JobId is null ? Done(step.Action) : $"{job}completed",
            DeployState.Failed => $"{job}failed: {deployEvent.Message}",
            DeployState.Unreachable => $"{job}unreachable: {deployEvent.Message}",
            _ => $"{job}timed out: {deployEvent.Message}",
        };
        return $"{step.Target}: {Subject(step)}: {detail}";
    }

    public static string Subject(DeployStep step)
    {
        ArgumentNullException.ThrowIfNull(step);
        return step.Action switch
        {
            DeployAction.VmCreate or DeployAction.VmDown => $"VM {step.Name}",
            DeployAction.MetadataWrite or DeployAction.MetadataDelete => $"metadata {step.Name}",
            DeployAction.NamespaceWrite or DeployAction.NamespaceDelete => $"namespace {step.Name}",
            DeployAction.AutoscaleWrite or DeployAction.AutoscaleCleanup => $"autoscale metadata {step.Name}",
            _ => $"project {step.Name}",
        };
    }

    private static string Done(DeployAction action) =>
        action is DeployAction.MetadataDelete or DeployAction.NamespaceDelete ? "deleted" : "written";
}
