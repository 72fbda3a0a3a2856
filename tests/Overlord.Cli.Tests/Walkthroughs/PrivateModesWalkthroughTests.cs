using Overlord.Testing;

namespace Overlord.Cli.Tests.Walkthroughs;

/// <summary>
/// Issue 11.9: what a node with an agent writes in its data directory is its owner's only, as the node database
/// always was: files 0600, folders 0700, the agent's folder narrowed when an earlier version left it open.
/// </summary>
public sealed class PrivateModesWalkthroughTests : IAsyncDisposable
{
    private const UnixFileMode OwnerOnlyFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode OwnerOnlyFolder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    private readonly WalkthroughRepository _repository = new("overlord-private-modes");
    private readonly ServedTree _served = new();
    private ServeProcess? _node;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask DisposeAsync()
    {
        await _served.DisposeAsync();

        _repository.Dispose();
    }

    [Fact]
    public async Task The_node_database_agent_db_serverid_and_the_agent_folder_are_the_owners_only()
    {
        var port = ServeProcess.FreePort();
        await _repository.InitAsync();
        await _repository.PushAsync("first", ("README.md", "specs\n"));
        var data = _repository.Folder.Combine("node", "data");

        // An agent folder as an earlier version made it: readable by all.
        Directory.CreateDirectory(Path.Combine(data, "agent"), OwnerOnlyFolder | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        var config = _repository.Folder.Write("node/overlord.yml", $"""
            listen: 127.0.0.1
            port: {port}
            runtime: process
            data_dir: '{data}'
            agent:
              repository: {_repository.Origin}
              interval: 3600
            """);
        var token = await OverlordExecutable.GenTokenAsync(config);
        _node = await _served.StartAsync(config, WalkthroughRepository.BareGit);
        await Eventually.HoldsAsync(() => SyncedOnceAsync(port, token), "the agent's startup sync");

        (string Name, UnixFileMode Mode)[] expected =
        [
            ("overlord.db", OwnerOnlyFile),
            ("agent.db", OwnerOnlyFile),
            ("serverid", OwnerOnlyFile),
            ("keyfile", OwnerOnlyFile),
            ("agent", OwnerOnlyFolder),
            ("agent/repository.git", OwnerOnlyFolder),
        ];
        Assert.Equal(expected, expected.Select(entry => (entry.Name, File.GetUnixFileMode(Path.Combine(data, entry.Name)))));
    }

    private async Task<bool> SyncedOnceAsync(int port, string token)
    {
        var status = await _repository.OverlordAsync([], "agent-status", "--entrypoint", $"http://127.0.0.1:{port}", "--token", token);
        return status.ExitCode == 0 && status.StdOut.Contains("last sync:", StringComparison.Ordinal) && !status.StdOut.Contains("running:", StringComparison.Ordinal);
    }
}
