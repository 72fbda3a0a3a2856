using System.CommandLine;
using Overlord.Cli.Invocation;
using Overlord.Client.Contract;

namespace Overlord.Cli.Commands;

/// <summary>
/// <c>overlord sync [--revision SHA] [--dry-run] [--wait] [--prune] [--allow-mass-prune] [--entrypoint URL] [--token TOKEN] [--cacert FILE]</c>:
/// asks the agent to sync now. <c>--dry-run</c> prints the plan per spec and node and exits 0 when nothing would
/// change, 1 when something would; <c>--wait</c> exits 0 only when every job succeeded. 2 on any error.
/// </summary>
internal static class SyncCommand
{
    public const int Changes = 1;
    public const int Error = 2;

    public static Command Create()
    {
        var revision = new Option<string?>("--revision") { Description = "Sync to this commit instead of the branch head", HelpName = "SHA" };
        var dryRun = new Option<bool>("--dry-run") { Description = "Print the plan; change nothing" };
        var wait = new Option<bool>("--wait") { Description = "Wait for the sync's end and print its results" };
        var prune = new Option<bool>("--prune") { Description = "Destroy what left the repository, even with agent.prune off" };
        var allowMassPrune = new Option<bool>("--allow-mass-prune") { Description = "Allow destroying more than a quarter of the deployed specs" };
        var entrypoint = AgentConnection.EntrypointOption();
        var token = AgentConnection.TokenOption();
        var cacert = AgentConnection.CaCertOption();
        var command = new Command("sync", "Ask the GitOps agent to sync now") { revision, dryRun, wait, prune, allowMassPrune, entrypoint, token, cacert };
        command.SetAction((parse, cancellationToken) =>
        {
            var body = new SyncRequestBody
            {
                Revision = parse.GetValue(revision),
                DryRun = parse.GetValue(dryRun),
                Wait = parse.GetValue(wait),
                Prune = parse.GetValue(prune),
                AllowMassPrune = parse.GetValue(allowMassPrune),
            };
            return RunAsync(CommandEnvironment.Of(parse), body, parse.GetValue(entrypoint), parse.GetValue(token), parse.GetValue(cacert), cancellationToken);
        });
        return command;
    }

    private static async Task<int> RunAsync(CliEnvironment environment, SyncRequestBody body, string? entrypoint, string? token, string? cacert, CancellationToken cancellationToken)
    {
        using var connection = AgentConnection.Open(environment, entrypoint, token, cacert);
        var result = await connection.Client.SyncAsync(body, cancellationToken);
        if (!result.IsSuccess)
        {
            await environment.Error.WriteLineAsync($"overlord: sync: {result.Error}");
            return Error;
        }

        var outcome = result.Value;
        if (!body.DryRun && !body.Wait)
        {
            await environment.Output.WriteLineAsync(outcome.Folded ? $"sync {outcome.SyncId} queued (joined a waiting sync)" : $"sync {outcome.SyncId} queued");
            return 0;
        }

        SyncOutcomePrinter.Print(environment.Output, outcome);
        return outcome.State switch
        {
            "errored" => Error,
            "planned" or "up_to_date" when body.DryRun => outcome.Steps.Count == 0 && outcome.Blocked is null ? 0 : Changes,
            "succeeded" or "up_to_date" => 0,
            _ => Changes,
        };
    }
}
