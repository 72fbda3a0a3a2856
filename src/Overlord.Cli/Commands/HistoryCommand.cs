using System.CommandLine;
using System.Text.Json;
using Overlord.Cli.Invocation;
using Overlord.Client.Contract;

namespace Overlord.Cli.Commands;

/// <summary>
/// <c>overlord history [--commit SHA] [--spec PATH] [--entrypoint URL] [--token TOKEN] [--cacert FILE]</c>: what the agent's git
/// notes say, newest commit first: one line per spec and node, then the sync's summary.
/// </summary>
internal static class HistoryCommand
{
    /// <summary>The exit status when <c>--spec</c> matches no line of the notes, as grep's when nothing matches.</summary>
    public const int NothingMatched = 1;

    public static Command Create()
    {
        var commit = new Option<string?>("--commit") { Description = "Only this commit", HelpName = "SHA" };
        var spec = new Option<string?>("--spec")
        {
            Description = "Only this spec file: its path from the current folder (in a checkout) or from the repository's root",
            HelpName = "PATH",
        };
        var entrypoint = AgentConnection.EntrypointOption();
        var token = AgentConnection.TokenOption();
        var cacert = AgentConnection.CaCertOption();
        var command = new Command("history", "Show what the GitOps agent deployed, from its git notes") { commit, spec, entrypoint, token, cacert };
        command.SetAction((parse, cancellationToken) => RunAsync(
            CommandEnvironment.Of(parse), parse.GetValue(commit), parse.GetValue(spec), parse.GetValue(entrypoint), parse.GetValue(token), parse.GetValue(cacert), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(
        CliEnvironment environment, string? commit, string? spec, string? entrypoint, string? token, string? cacert, CancellationToken cancellationToken)
    {
        using var connection = AgentConnection.Open(environment, entrypoint, token, cacert);
        List<string?> candidates = spec is null ? [null] : [.. HistorySpecPaths.Candidates(spec, environment.WorkingDirectory)];
        NotesHistoryView? history = null;
        foreach (var candidate in candidates)
        {
            var result = await connection.Client.GetHistoryAsync(commit, candidate, cancellationToken);
            if (!result.IsSuccess)
            {
                await environment.Error.WriteLineAsync($"overlord: history: {result.Error}");
                return SyncCommand.Error;
            }

            history = result.Value;
            if (history.Commits.Count > 0)
            {
                break;
            }
        }

        if (spec is not null && history is not { Commits.Count: > 0 })
        {
            var where = commit is null ? "the agent's notes" : $"the notes of commit {commit}";
            var tried = candidates.Count == 0 ? "it is not a path in the repository" : $"looked for {string.Join(", ", candidates)}";
            await environment.Error.WriteLineAsync($"overlord: history: no line of {where} is about spec '{spec}' ({tried})");
            return NothingMatched;
        }

        foreach (var entry in history?.Commits ?? [])
        {
            await environment.Output.WriteLineAsync($"commit {entry.Commit}");
            foreach (var line in entry.Lines)
            {
                await environment.Output.WriteLineAsync("  " + Describe(line));
            }
        }

        return 0;
    }

    private static string Describe(JsonElement line)
    {
        string? Text(string name) => line.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        var time = Text("ts") ?? "";
        if (Text("kind") == "summary")
        {
            var rewritten = line.TryGetProperty("history_rewritten", out var flag) && flag.ValueKind == JsonValueKind.True ? ", history rewritten" : "";
            var message = Text("message") is { } text ? $": {text}" : "";
            return $"{time} sync {Text("state")} ({Text("trigger")}{rewritten}){message}";
        }

        var job = line.TryGetProperty("job_id", out var id) && id.ValueKind == JsonValueKind.Number ? $" job {id.GetInt64()}" : "";
        var error = Text("error") is { } failure ? $": {failure}" : "";
        return $"{time} {Text("action")} {Text("spec")} on {Text("chain") ?? "-"}: {Text("state")}{job}{error}";
    }
}
