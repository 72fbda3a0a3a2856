using System.CommandLine;
using Overlord.Cli.Invocation;
using Overlord.Client.Contract;

namespace Overlord.Cli.Commands;

/// <summary>
/// <c>overlord diff [-f SPEC] [--entrypoint URL] [--token TOKEN] [--cacert FILE]</c> (issue 9): per node, what the agent would change now
/// and why, from a dry run of a sync (nothing is sent, written or recorded). Exits 0 when nothing would change, 1 when
/// something would, 2 on error. Differences the agent leaves alone (self_heal or prune off) are listed after.
/// </summary>
internal static class DiffCommand
{
    public static Command Create()
    {
        var file = new Option<string?>("--file", "-f") { Description = "Only this spec file (a path in the repository)", HelpName = "SPEC" };
        var entrypoint = AgentConnection.EntrypointOption();
        var token = AgentConnection.TokenOption();
        var cacert = AgentConnection.CaCertOption();
        var command = new Command("diff", "Show, per node, what the GitOps agent would change now and why") { file, entrypoint, token, cacert };
        command.SetAction((parse, cancellationToken) =>
            RunAsync(CommandEnvironment.Of(parse), parse.GetValue(file), parse.GetValue(entrypoint), parse.GetValue(token), parse.GetValue(cacert), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliEnvironment environment, string? file, string? entrypoint, string? token, string? cacert, CancellationToken cancellationToken)
    {
        using var connection = AgentConnection.Open(environment, entrypoint, token, cacert);
        var result = await connection.Client.SyncAsync(new SyncRequestBody { DryRun = true }, cancellationToken);
        if (!result.IsSuccess)
        {
            await environment.Error.WriteLineAsync($"overlord: diff: {result.Error}");
            return SyncCommand.Error;
        }

        var outcome = result.Value;
        if (outcome.State == "errored")
        {
            await environment.Error.WriteLineAsync($"overlord: diff: {outcome.Message}");
            return SyncCommand.Error;
        }

        var spec = file is null ? null : Normalize(file);
        var changes = outcome.Steps.Where(step => spec is null || step.Spec == spec)
            .SelectMany(step => step.Targets.Count == 0
                ? [(Node: "-", Step: step)]
                : step.Targets.Select(target => (Node: target.Chain, Step: step)))
            .OrderBy(change => change.Node, StringComparer.Ordinal)
            .ThenBy(change => change.Step.Spec, StringComparer.Ordinal)
            .ToList();
        var kept = outcome.Deployments.Where(row => (spec is null || row.Spec == spec) && row.Status is "out_of_sync" or "orphaned").ToList();
        var output = environment.Output;
        await output.WriteLineAsync($"diff at {CommitText.Short(outcome.TargetCommit)}: {(changes.Count == 0 ? "nothing would change" : $"{changes.Count} changes")}");
        foreach (var (node, step) in changes)
        {
            var reason = step.Errors.Count > 0 ? string.Join("; ", step.Errors) : step.Reason;
            await output.WriteLineAsync($"  {node}  {step.Action,-8} {step.Spec}: {reason}");
        }

        if (outcome.Blocked is { } blocked)
        {
            await output.WriteLineAsync($"  blocked: {blocked}");
        }

        foreach (var row in kept)
        {
            await output.WriteLineAsync($"  {row.Node}  {row.Status,-8} {row.Spec}: {row.Reason}");
        }

        if (spec is not null && changes.Count == 0 && kept.Count == 0 && outcome.Deployments.All(row => row.Spec != spec))
        {
            await environment.Error.WriteLineAsync($"overlord: diff: no spec '{spec}' in the agent's repository (give its path from the repository's root)");
            return SyncCommand.Error;
        }

        return changes.Count == 0 && outcome.Blocked is null ? 0 : SyncCommand.Changes;
    }

    /// <summary>The path as the repository names it: forward slashes, no leading <c>./</c>.</summary>
    private static string Normalize(string path)
    {
        var normalized = path.Replace('\\', '/');
        while (normalized.StartsWith("./", StringComparison.Ordinal))
        {
            normalized = normalized[2..];
        }

        return normalized;
    }
}
