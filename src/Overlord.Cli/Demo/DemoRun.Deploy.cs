using Overlord.Client.Http;
using Overlord.Core;

namespace Overlord.Cli.Demo;

internal sealed partial class DemoRun
{
    private static readonly TimeSpan DeployPatience = TimeSpan.FromSeconds(120);

    private static readonly TimeSpan ServicePatience = TimeSpan.FromSeconds(30);

    private static readonly TimeSpan NotePoll = TimeSpan.FromMilliseconds(250);

    private static readonly TimeSpan StillWaiting = TimeSpan.FromSeconds(10);

    private string? _note;

    /// <summary>
    /// The agent's first sync starts with its node and deploys the pushed commit; its git note, pushed to the bare
    /// repository once every job ended, marks the end. A sync that did not succeed fails the demo, note shown.
    /// </summary>
    private async Task WaitForDeployAsync(DemoTree tree, DemoFolder folder, string commit, CancellationToken cancellationToken)
    {
        _progress.Step($"waiting for the agent to deploy commit {Short(commit)} (its git note in {NotesRef})");
        var started = DateTime.UtcNow;
        var nextNotice = StillWaiting;
        var root = _running.Single(running => running.Node == tree.Root).Process;
        while ((_note = await DemoGit.NoteAsync(folder.Origin, NotesRef, commit, cancellationToken)) is null)
        {
            var waited = DateTime.UtcNow - started;
            if (root.HasExited || waited > DeployPatience)
            {
                var why = root.HasExited ? "the root node stopped" : $"no git note after {DeployPatience.TotalSeconds:0} s";
                throw new OverlordException($"the agent did not deploy commit {Short(commit)}: {why}; see {root.LogFile}", ExitCodes.Unavailable);
            }

            if (waited > nextNotice)
            {
                _progress.Detail($"still deploying after {waited.TotalSeconds:0} s (the root's log: {root.LogFile})");
                nextNotice += StillWaiting;
            }

            await Task.Delay(NotePoll, cancellationToken);
        }

        var (state, message) = NoteSummary.Read(_note);
        _progress.Detail($"sync {state}: {message}");
        if (state != "succeeded")
        {
            await Output.WriteAsync(_note);
            throw new OverlordException($"the agent's sync of {Short(commit)} ended {state}; see the note above and {root.LogFile}", 1);
        }
    }

    /// <summary>Asks each child's hello URL until it answers 200; every one must, so that two nodes are seen serving.</summary>
    private async Task<IReadOnlyList<DemoNode>> ProbeAsync(DemoTree tree, CancellationToken cancellationToken)
    {
        var servers = tree.Children.Where(child => child.WebAddress is not null).ToList();
        _progress.Step($"asking the hello service on {string.Join(" and ", servers.Select(server => server.Name))}");
        using var http = HttpClientFactory.Create(new ClientOptions());
        var answers = await Task.WhenAll(servers.Select(server => ServiceProbe.AnswersAsync(http, server.WebAddress!, ServicePatience, cancellationToken)));
        var silent = servers.Where((_, index) => !answers[index]).ToList();
        if (silent.Count > 0)
        {
            var logs = string.Join(", ", silent.Select(server => _running.Single(running => running.Node == server).Process.LogFile));
            throw new OverlordException(
                $"the hello service did not answer at {string.Join(", ", silent.Select(server => server.WebAddress))} within {ServicePatience.TotalSeconds:0} s; see {logs}",
                ExitCodes.Unavailable);
        }

        return servers;
    }
}
