using Overlord.Agent.Git;
using Overlord.Agent.Tests.Support;

namespace Overlord.Agent.Tests.Git;

/// <summary>
/// The remotes libgit2 reaches for the agent: ssh:// through the system ssh against a real local sshd, with the
/// host key checked against known_hosts, and file:// URLs.
/// </summary>
public sealed class GitRepositoryTransportTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Ssh_KnownHostKey_ListsFetchesAndPushesNotes()
    {
        using var repositories = await GitRepositories.CreateAsync();
        repositories.WriteFile("a.yml", "a");
        var head = await repositories.CommitAndPushAsync("first");
        using var sshd = await LocalSshServer.StartAsync();
        var git = GitRepositories.CreateRepository(Path.Combine(repositories.Root, "cache.git"));
        await git.EnsureMirrorAsync(sshd.UrlOf(repositories.Origin), Token);
        await TestGit.RunAsync(git.RepositoryPath, "config", "core.sshCommand", sshd.SshCommand(sshd.KnownHosts));

        var listed = await git.LsRemoteAsync(git.RemoteName, "main", Token);
        var fetched = await git.FetchAsync("main", Token);
        await git.WriteNoteAsync("refs/notes/overlord", fetched, "deployed\n", Token);
        var pushed = await git.TryPushAsync("refs/notes/overlord:refs/notes/overlord", Token);

        Assert.Equal((head, head), (listed, fetched));
        Assert.True(pushed.IsSuccess, pushed.Error?.Message);
        Assert.Equal("deployed", await TestGit.RunAsync(repositories.Origin, "notes", "--ref=overlord", "show", head));
    }

    [Fact]
    public async Task Ssh_HostKeyNotTheKnownOne_FailsWithoutFetching()
    {
        using var repositories = await GitRepositories.CreateAsync();
        repositories.WriteFile("a.yml", "a");
        await repositories.CommitAndPushAsync("first");
        using var sshd = await LocalSshServer.StartAsync();
        var git = GitRepositories.CreateRepository(Path.Combine(repositories.Root, "cache.git"));
        await git.EnsureMirrorAsync(sshd.UrlOf(repositories.Origin), Token);
        await TestGit.RunAsync(git.RepositoryPath, "config", "core.sshCommand", sshd.SshCommand(sshd.WrongKnownHosts));

        await Assert.ThrowsAsync<GitException>(() => git.FetchAsync("main", Token));

        Assert.Null(await git.RevParseAsync("refs/heads/main", Token));
    }

    [Fact]
    public async Task FileUrl_ListsAndFetches()
    {
        using var repositories = await GitRepositories.CreateAsync();
        repositories.WriteFile("a.yml", "a");
        var head = await repositories.CommitAndPushAsync("first");
        var git = GitRepositories.CreateRepository(Path.Combine(repositories.Root, "cache.git"));
        await git.EnsureMirrorAsync(new Uri(repositories.Origin).AbsoluteUri, Token);

        var listed = await git.LsRemoteAsync(git.RemoteName, "main", Token);
        var fetched = await git.FetchAsync("main", Token);

        Assert.StartsWith("file://", await TestGit.RunAsync(git.RepositoryPath, "config", "remote.origin.url"), StringComparison.Ordinal);
        Assert.Equal((head, head), (listed, fetched));
        Assert.Equal("a", await git.ShowTextAsync(fetched, "a.yml", Token));
    }
}
