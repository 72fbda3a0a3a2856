using Overlord.Cli.Invocation;
using Overlord.Core;

namespace Overlord.Cli.Demo;

/// <summary>
/// <c>overlord demo</c> from start to end: pushes the example repository to a local bare repository, starts a root
/// node with the GitOps agent and two labelled children (process runtime, 127.0.0.1), waits for the agent's deploy,
/// shows get-info, the URLs that answer and the git note, and runs until SIGINT or SIGTERM; then stops every node
/// (each stops its services) and removes its temp folder. A failure stops the nodes too and keeps the folder.
/// </summary>
internal sealed partial class DemoRun
{
    private const int Steps = 6;

    private readonly DemoOptions _options;
    private readonly CliEnvironment _environment;
    private readonly DemoProgress _progress;
    private readonly List<(DemoNode Node, NodeProcess Process)> _running = [];

    public DemoRun(DemoOptions options, CliEnvironment environment)
    {
        _options = options;
        _environment = environment;
        _progress = new DemoProgress(environment.Output, Steps);
    }

    private TextWriter Output => _environment.Output;

    /// <summary>The notes ref the root's agent writes, as its config says once loaded.</summary>
    private string NotesRef => _notesRef ?? throw new InvalidOperationException("the notes ref is known once the root's config is written");

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var examples = ExamplesLocator.Find(_options.Examples, [_environment.WorkingDirectory, AppContext.BaseDirectory])
            ?? throw new OverlordException(
                _options.Examples is { } given
                    ? $"--examples {given}: not an example repository (it has no {ExamplesLocator.HelloSpec})"
                    : $"no {ExamplesLocator.FolderName} folder here, above here or above the executable; give --examples DIR",
                ExitCodes.NoInput);
        var gitVersion = await DemoGit.VersionAsync(cancellationToken);
        var tree = DemoTree.Create(DemoPorts.Allocate(_options.BasePort, DemoTree.PortCount));
        var folder = DemoFolder.Create(_options.DataDirectory);
        var failed = false;
        try
        {
            _progress.Step($"example repository {examples} ({gitVersion})");
            var commit = await PushExamplesAsync(examples, folder, cancellationToken);
            await StartNodesAsync(tree, folder, cancellationToken);
            await WaitForDeployAsync(tree, folder, commit, cancellationToken);
            var answering = await ProbeAsync(tree, cancellationToken);
            await ShowAsync(tree, folder, examples, commit, answering, cancellationToken);
            await WaitForStopAsync(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Ctrl-C or SIGTERM: the normal end of the demo.
        }
        catch (OverlordException) when (cancellationToken.IsCancellationRequested)
        {
            // A terminal's Ctrl-C also stops the nodes: a step that saw one go had been interrupted, not failed.
        }
        catch (Exception)
        {
            failed = true;
            throw;
        }
        finally
        {
            await ShutdownAsync(folder, failed);
        }

        return ExitCodes.Ok;
    }

    private async Task<string> PushExamplesAsync(string examples, DemoFolder folder, CancellationToken cancellationToken)
    {
        var origin = new Uri(folder.Origin).AbsoluteUri;
        _progress.Step($"pushing {ExamplesLocator.FolderName} to {origin}");
        var commit = await DemoGit.SeedAsync(examples, folder.Origin, folder.Seed, cancellationToken);
        _progress.Detail($"commit {Short(commit)} on {DemoGit.Branch}");
        return commit;
    }

    /// <summary>Runs until cancelled; a node that stops by itself (and not because of the same Ctrl-C) fails the demo.</summary>
    private async Task WaitForStopAsync(CancellationToken cancellationToken)
    {
        var exited = await Task.WhenAny(_running.Select(running => running.Process.Exited)).WaitAsync(cancellationToken);
        await exited;

        // A terminal's Ctrl-C reaches the nodes too: give the demo's own signal a moment to arrive.
        await Task.Delay(TimeSpan.FromSeconds(2), cancellationToken);
        var (node, process) = _running.First(running => running.Process.HasExited);
        throw new OverlordException($"node {node.Name} stopped by itself; see {process.LogFile}", ExitCodes.Unavailable);
    }

    private async Task ShutdownAsync(DemoFolder folder, bool failed)
    {
        await StopNodesAsync();
        if (failed)
        {
            await _environment.Error.WriteLineAsync($"overlord: demo: its files are kept in {folder.Path}");
        }
        else if (!folder.Owned || _options.Keep)
        {
            await Output.WriteLineAsync($"kept {folder.Path}");
        }
        else if (!folder.TryRemove())
        {
            await _environment.Error.WriteLineAsync($"overlord: demo: could not remove all of {folder.Path}");
        }
    }

    private static string Short(string commit) => commit[..Math.Min(7, commit.Length)];
}
