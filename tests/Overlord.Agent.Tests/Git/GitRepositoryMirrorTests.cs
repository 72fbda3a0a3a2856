using Overlord.Agent.Git;
using Overlord.Agent.Tests.Support;

namespace Overlord.Agent.Tests.Git;

public sealed class GitRepositoryMirrorTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task EnsureMirror_NewPath_CreatesBareCloneWithRemote()
    {
        using var repositories = await GitRepositories.CreateAsync();
        var git = GitRepositories.CreateRepository(Path.Combine(repositories.Root, "data", "cache.git"));

        var state = await git.EnsureMirrorAsync(repositories.Origin, Token);

        Assert.Equal(MirrorState.Created, state);
        Assert.Equal("true", await TestGit.RunAsync(git.RepositoryPath, "rev-parse", "--is-bare-repository"));
        Assert.Equal(repositories.Origin, await TestGit.RunAsync(git.RepositoryPath, "config", "remote.origin.url"));
    }

    [Fact]
    public async Task EnsureMirror_CalledAgain_LeavesItAsItIs()
    {
        using var repositories = await GitRepositories.CreateAsync();
        var git = await repositories.CreateMirrorAsync();

        var state = await git.EnsureMirrorAsync(repositories.Origin, Token);

        Assert.Equal(MirrorState.Existing, state);
    }

    [Fact]
    public async Task EnsureMirror_RemoteUrlChanged_UpdatesTheRemote()
    {
        using var repositories = await GitRepositories.CreateAsync();
        var git = await repositories.CreateMirrorAsync();
        var moved = Path.Combine(repositories.Root, "moved.git");

        var state = await git.EnsureMirrorAsync(moved, Token);

        Assert.Equal(MirrorState.RemoteChanged, state);
        Assert.Equal(moved, await TestGit.RunAsync(git.RepositoryPath, "config", "remote.origin.url"));
    }

    [Fact]
    public async Task LsRemote_ExistingBranch_ReturnsItsHead()
    {
        using var repositories = await GitRepositories.CreateAsync();
        repositories.WriteFile("a.yml", "a");
        var head = await repositories.CommitAndPushAsync("first");
        var git = await repositories.CreateMirrorAsync();

        var sha = await git.LsRemoteAsync(repositories.Origin, "main", Token);

        Assert.Equal(head, sha);
    }

    [Fact]
    public async Task LsRemote_MissingBranch_ReturnsNull()
    {
        using var repositories = await GitRepositories.CreateAsync();
        repositories.WriteFile("a.yml", "a");
        await repositories.CommitAndPushAsync("first");
        await TestGit.RunAsync(repositories.Work, "push", "--quiet", "origin", "HEAD:refs/heads/feature/main-x");
        var git = await repositories.CreateMirrorAsync();

        var sha = await git.LsRemoteAsync("origin", "main-x", Token);

        Assert.Null(sha);
    }

    [Fact]
    public async Task Fetch_Branch_MovesTheLocalBranchToTheRemoteHead()
    {
        using var repositories = await GitRepositories.CreateAsync();
        repositories.WriteFile("a.yml", "a");
        await repositories.CommitAndPushAsync("first");
        var git = await repositories.CreateMirrorAsync();
        await git.FetchAsync("main", Token);
        repositories.WriteFile("a.yml", "b");
        var second = await repositories.CommitAndPushAsync("second");

        var fetched = await git.FetchAsync("main", Token);

        Assert.Equal(second, fetched);
        Assert.Equal(second, await git.RevParseAsync("refs/heads/main", Token));
    }

    [Fact]
    public async Task Fetch_NotesRefspecWhileOriginHasNoNotes_Succeeds()
    {
        using var repositories = await GitRepositories.CreateAsync();
        repositories.WriteFile("a.yml", "a");
        var head = await repositories.CommitAndPushAsync("first");
        var git = await repositories.CreateMirrorAsync();

        var fetched = await git.FetchAsync("main", ["+refs/notes/overlord*:refs/notes/remotes/origin/overlord*"], Token);

        Assert.Equal(head, fetched);
        Assert.Null(await git.RevParseAsync("refs/notes/remotes/origin/overlord", Token));
    }
}
