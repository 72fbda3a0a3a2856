using Overlord.Agent.Convergence;
using Overlord.Agent.Planning;
using Overlord.Agent.Store;
using Overlord.Core.Specs;
using static Overlord.Agent.Tests.Convergence.ConvergenceSpecs;

namespace Overlord.Agent.Tests.Convergence;

/// <summary>
/// The inputs of the <see cref="ReconcilePlanner"/> tests: pairs whose hashes are <c>spec-1</c> and <c>reads-1</c>,
/// records deployed in sync with them at <see cref="Head"/>, and trees of nodes labelled <c>all</c>.
/// </summary>
internal static class ReconcileScenario
{
    public const string Head = "2222222222222222222222222222222222222222";
    public const string Older = "1111111111111111111111111111111111111111";

    public static readonly DateTimeOffset Now = new(2026, 1, 2, 10, 0, 0, TimeSpan.Zero);

    public static readonly ReconcileOptions Options = new() { Commit = Head, Now = Now };

    public static DesiredDeployment Pair(string path, string target = "main") => new()
    {
        SpecPath = path,
        Spec = Project(path),
        Target = target,
        Chain = ReconcilePlanner.ChainOf(target),
        Labels = [DeployInSpec.AllLabel],
        SpecHash = "spec-1",
        ReadsHash = "reads-1",
    };

    /// <summary>Deployed in sync at <see cref="Head"/> with the hashes <see cref="Pair"/> gives.</summary>
    public static DeploymentRecord Record(string path, string target = "main") => new()
    {
        SpecPath = path,
        Target = target,
        Kind = SpecKind.DirectorProject,
        Name = Path.GetFileNameWithoutExtension(path),
        SpecCommit = Head,
        SpecHash = "spec-1",
        ReadsHash = "reads-1",
        State = DeploymentState.Synced,
        UpdatedAt = Now.AddHours(-1),
    };

    public static DeploymentRecord Failed(string path, string commit, DateTimeOffset next) =>
        Record(path) with { SpecCommit = commit, State = DeploymentState.Failed, Error = "errlevel 1", Attempts = 2, NextAttemptAt = next };

    public static ObservedTree Tree(params ObservedNode[] nodes) => new(nodes);

    public static ObservedNode Node(string chain, params ObservedProject[] projects) =>
        new(chain, [DeployInSpec.AllLabel], true, null, projects.ToDictionary(project => project.Name, StringComparer.Ordinal));

    public static ObservedProject Done(string name) => new(name, "DONE", false);

    public static (StepAction Action, string Reason) Only(ReconcilePlan plan)
    {
        var step = Assert.Single(plan.Steps);
        return (step.Action, step.Reason);
    }

    public static (ConvergenceStatus Status, string? Reason) StatusOf(ReconcilePlan plan)
    {
        var status = Assert.Single(plan.Statuses);
        return (status.Status, status.Reason);
    }
}
