using System.Globalization;
using Overlord.Cli.Invocation;
using Overlord.Cli.Output;
using Overlord.Client.Deployment;
using Overlord.Core;
using Overlord.Core.Specs;

namespace Overlord.Cli.Commands;

/// <summary>
/// What apply, destroy and cancel share: load the spec, build the clients, run the operation with a line per
/// target, warn about nodes that did not answer, optionally follow the jobs, and pick the exit code:
/// 78 refused spec, 70 an appConfig template that does not render (66 when no node has it), 77 a node that refused
/// the token, 69 a datacenter none of whose nodes answered, 1 under <c>--wait</c> a failure or a node that could not
/// be reached, else 0.
/// </summary>
internal sealed record DeploymentRun(string File, bool Wait, TimeSpan Timeout)
{
    public const double DefaultTimeoutSeconds = 1800;

    /// <summary>The warning printed when apply changed nothing, or null for commands that print none.</summary>
    public string? NothingDoneMessage { get; init; }

    /// <summary><c>--mako-directories</c>: where appConfig templates find their includes.</summary>
    public IReadOnlyList<string>? MakoDirectories { get; init; }

    public async Task<int> RunAsync(
        CliEnvironment environment, Func<SpecDeployer, Spec, IProgress<DeployEvent>, Task<DeploymentReport>> operation, CancellationToken cancellationToken)
    {
        var spec = SpecFiles.Load(environment, File);
        using var clients = DatacenterClients.ForDeployIn(spec);
        var appConfig = DeployCommandOptions.AppConfig(environment, File, MakoDirectories);
        var deployer = new SpecDeployer(clients.For, new SpecDeployerOptions { WaitTimeout = Timeout, AppConfig = appConfig });
        var printer = new EventPrinter(environment.Output);
        var report = await operation(deployer, spec, printer);
        foreach (var warning in report.Warnings)
        {
            environment.Error.WriteLine($"warning: {warning}");
        }

        if (report.Refusal is { } refusal)
        {
            throw new OverlordException(refusal, report.RefusalExitCode);
        }

        foreach (var failure in report.Failures)
        {
            environment.Error.WriteLine(NodeFailureText.Warning(failure));
        }

        if (report.MaximumReached)
        {
            environment.Error.WriteLine($"Maximum deployments has been reached! ({report.Deployments}/{spec.MaximumDeployments})");
        }

        if (report.Deployments == 0 && NothingDoneMessage is { } nothing)
        {
            environment.Error.WriteLine(nothing);
        }

        var failed = Wait && await WaitAsync(environment, deployer, report, printer, cancellationToken);
        if (NodeFailureText.Refused(report.Failures) is { } refused)
        {
            environment.Error.WriteLine(refused);
            return ExitCodes.NoPermission;
        }

        if (report.UnreachableDatacenters.Count > 0)
        {
            environment.Error.WriteLine($"overlord: no node of {string.Join(", ", report.UnreachableDatacenters)} could be reached");
            return ExitCodes.Unavailable;
        }

        if (Wait && report.Failures.Count > 0)
        {
            // A node that did not answer may be one the spec selects (its labels are unknown), so --wait
            // cannot say everything was done: a script must not read a silent partial deploy as success (issue 10).
            environment.Error.WriteLine($"overlord: not done on {string.Join(", ", report.Failures.Select(NodeFailureText.Name))}: could not be reached");
            failed = true;
        }

        return failed ? 1 : ExitCodes.Ok;
    }

    /// <summary>Follows the jobs and prints a summary; true when anything failed, or nothing succeeded at all.</summary>
    private static async Task<bool> WaitAsync(
        CliEnvironment environment, SpecDeployer deployer, DeploymentReport report, EventPrinter printer, CancellationToken cancellationToken)
    {
        var outcomes = await deployer.WaitAsync(report.Steps, printer, cancellationToken);
        var failedSteps = report.Steps.Count(s => !s.Succeeded);
        var completed = outcomes.Count(o => o.Succeeded);
        var failedJobs = outcomes.Count - completed;
        var immediate = report.Steps.Count(s => s.Succeeded) - outcomes.Count;
        environment.Output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{completed + immediate} succeeded, {failedSteps + failedJobs} failed ({outcomes.Count} job(s) followed)"));
        return failedSteps + failedJobs > 0 || report.Deployments == 0;
    }
}
