using System.CommandLine;

namespace Overlord.Cli.Commands;

/// <summary><c>overlord agent-status [--entrypoint URL] [--token TOKEN]</c>: what the GitOps agent last did and what it holds.</summary>
internal static class AgentStatusCommand
{
    public static Command Create()
    {
        var entrypoint = AgentConnection.EntrypointOption();
        var token = AgentConnection.TokenOption();
        var command = new Command("agent-status", "Show the GitOps agent's last applied commit, last sync and inventory") { entrypoint, token };
        command.SetAction((parse, cancellationToken) =>
            RunAsync(OverlordCommandLine.EnvironmentOf(parse), parse.GetValue(entrypoint), parse.GetValue(token), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliEnvironment environment, string? entrypoint, string? token, CancellationToken cancellationToken)
    {
        using var connection = AgentConnection.Open(environment, entrypoint, token);
        var result = await connection.Client.GetStatusAsync(cancellationToken);
        if (!result.IsSuccess)
        {
            await environment.Error.WriteLineAsync($"overlord: agent-status: {result.Error}");
            return SyncCommand.Error;
        }

        var status = result.Value;
        var output = environment.Output;
        await output.WriteLineAsync($"repository: {status.Repository}");
        await output.WriteLineAsync($"branch: {status.Branch}");
        await output.WriteLineAsync($"last applied: {status.LastAppliedCommit ?? "(none)"}");
        if (status.LastSync is { } last)
        {
            await output.WriteLineAsync($"last sync: {last.SyncId} ({last.Trigger}) {last.State} at {last.StartedAt:u}{(last.Message is null ? "" : $": {last.Message}")}");
        }

        if (status.RunningSyncId is { } running)
        {
            await output.WriteLineAsync($"running: {running}");
        }

        if (status.PendingPlan is { } pending)
        {
            await output.WriteLineAsync($"pending plan: {pending.SyncId} for {pending.TargetCommit}, {pending.StepsLeft} of {pending.Steps} steps left");
        }

        await output.WriteLineAsync($"inventory: {status.Inventory.Deployed} deployed, {status.Inventory.Orphaned} orphaned, {status.Inventory.Failed} failed");
        return 0;
    }
}
