using System.CommandLine;
using System.Text.Json;
using Overlord.Cli.Invocation;
using Overlord.Client.Contract;
using Overlord.Core;

namespace Overlord.Cli.Commands;

/// <summary>
/// <c>overlord agent-status [--output text|json] [--entrypoint URL] [--token TOKEN] [--cacert FILE]</c>: what the GitOps agent last did,
/// the commits it has not applied yet, and every spec on every node with its status (issue 9).
/// </summary>
internal static class AgentStatusCommand
{
    public static Command Create()
    {
        var entrypoint = AgentConnection.EntrypointOption();
        var token = AgentConnection.TokenOption();
        var cacert = AgentConnection.CaCertOption();
        var output = new Option<string>("--output", "-o") { Description = "Output format", DefaultValueFactory = _ => "text", HelpName = "text|json" };
        output.AcceptOnlyFromAmong("text", "json");
        var command = new Command("agent-status", "Show the GitOps agent's last applied commit, last sync and every spec on every node") { output, entrypoint, token, cacert };
        command.SetAction((parse, cancellationToken) =>
            RunAsync(CommandEnvironment.Of(parse), parse.GetValue(output) == "json", parse.GetValue(entrypoint), parse.GetValue(token), parse.GetValue(cacert), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliEnvironment environment, bool json, string? entrypoint, string? token, string? cacert, CancellationToken cancellationToken)
    {
        using var connection = AgentConnection.Open(environment, entrypoint, token, cacert);
        var result = await connection.Client.GetStatusAsync(cancellationToken);
        if (!result.IsSuccess)
        {
            await environment.Error.WriteLineAsync($"overlord: agent-status: {result.Error}");
            return SyncCommand.Error;
        }

        if (json)
        {
            await environment.Output.WriteLineAsync(JsonSerializer.Serialize(result.Value, OverlordJson.Indented.TypeInfo<AgentStatusView>()));
            return 0;
        }

        await PrintAsync(environment.Output, result.Value);
        return 0;
    }

    private static async Task PrintAsync(TextWriter output, AgentStatusView status)
    {
        // The node masks a password in the URL already; a node of an older version did not.
        await output.WriteLineAsync($"repository: {UrlCredentials.Redact(status.Repository)}");
        await output.WriteLineAsync($"branch: {status.Branch}");
        await output.WriteLineAsync($"last applied: {status.LastAppliedCommit ?? "(none)"}");
        if (status.PendingCommits.Count > 0)
        {
            await output.WriteLineAsync($"not applied yet: {status.PendingCommits.Count} commits on the branch");
            foreach (var commit in status.PendingCommits)
            {
                await output.WriteLineAsync($"  {CommitText.Short(commit.Commit)}  {commit.Subject}");
            }
        }

        if (status.LastSync is { } last)
        {
            await output.WriteLineAsync($"last sync: {last.SyncId} ({last.Trigger}) {last.State} at {last.StartedAt:u}{(last.Message is null ? "" : $": {last.Message}")}");
        }

        foreach (var failed in status.FailedSyncs)
        {
            await output.WriteLineAsync($"  {failed.State} sync {failed.SyncId} at {failed.StartedAt:u} for {CommitText.Short(failed.TargetCommit)}{(failed.Message is null ? "" : $": {failed.Message}")}");
        }

        if (status.RunningSyncId is { } running)
        {
            await output.WriteLineAsync($"running: {running}");
        }

        if (status.PendingPlan is { } pending)
        {
            await output.WriteLineAsync($"pending plan: {pending.SyncId} for {pending.TargetCommit}, {pending.StepsLeft} of {pending.Steps} steps left");
        }

        if (status.Nodes.Count > 0)
        {
            var nodes = status.Nodes.Select(node => $"{(node.Node.Length == 0 ? "(this node)" : node.Node)} [{string.Join(", ", node.Labels)}]");
            await output.WriteLineAsync("nodes: " + string.Join("; ", nodes));
        }

        await output.WriteLineAsync($"inventory: {status.Inventory.Deployed} deployed, {status.Inventory.Orphaned} orphaned, {status.Inventory.Failed} failed");
        await output.WriteLineAsync("deployments: " + string.Join(", ", status.Counts.Where(count => count.Value > 0).Select(count => $"{count.Value} {count.Key}")
            .DefaultIfEmpty("none yet")));
        if (status.Deployments.Count > 0)
        {
            await DeploymentTable.PrintAsync(output, status.Deployments);
        }
    }
}
