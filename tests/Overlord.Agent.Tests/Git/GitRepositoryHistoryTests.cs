using Overlord.Agent.Git;
using Overlord.Agent.Tests.Support;
using Overlord.Testing;

namespace Overlord.Agent.Tests.Git;

public sealed class GitRepositoryHistoryTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task FirstParentLog_MergedSideBranch_WalksOnlyTheMainline()
    {
        using var repositories = await GitRepositories.CreateAsync();
        repositories.WriteFile("a.yml", "1");
        var first = await repositories.CommitAndPushAsync("first");
        await TestGit.RunAsync(repositories.Work, "checkout", "--quiet", "-b", "side");
        repositories.WriteFile("side.yml", "s");
        await TestGit.RunAsync(repositories.Work, "add", "--all");
        await TestGit.RunAsync(repositories.Work, "commit", "--quiet", "-m", "side work");
        await TestGit.RunAsync(repositories.Work, "checkout", "--quiet", "main");
        repositories.WriteFile("a.yml", "2");
        await TestGit.RunAsync(repositories.Work, "commit", "--quiet", "-am", "main work");
        await TestGit.RunAsync(repositories.Work, "merge", "--quiet", "--no-ff", "-m", "merge side", "side");
        var merge = await repositories.CommitAndPushAsync("after merge");
        var git = await repositories.CreateMirrorAsync();
        await git.FetchAsync("main", Token);

        var log = await git.FirstParentLogAsync("main", 10, Token);

        Assert.Equal(["after merge", "merge side", "main work", "first"], log.Select(commit => commit.Subject));
        Assert.Equal(merge, log[0].Sha);
        Assert.Equal(2, log[1].Parents.Count);
        Assert.Equal(first, log[^1].Sha);
    }

    [Fact]
    public async Task FirstParentLog_MaxCount_StopsThere()
    {
        using var repositories = await GitRepositories.CreateAsync();
        for (var i = 0; i < 5; i++)
        {
            await repositories.CommitAndPushAsync($"commit {i}");
        }

        var git = await repositories.CreateMirrorAsync();
        await git.FetchAsync("main", Token);

        var log = await git.FirstParentLogAsync("main", 2, Token);

        Assert.Equal(["commit 4", "commit 3"], log.Select(commit => commit.Subject));
    }

    [Fact]
    public async Task RevParseAndCommitExists_UnknownRevision_AreNullAndFalse()
    {
        using var repositories = await GitRepositories.CreateAsync();
        var head = await repositories.CommitAndPushAsync("first");
        var git = await repositories.CreateMirrorAsync();
        await git.FetchAsync("main", Token);

        Assert.Null(await git.RevParseAsync("refs/heads/nope", Token));
        Assert.False(await git.CommitExistsAsync(new string('a', 40), Token));
        Assert.True(await git.CommitExistsAsync(head, Token));
    }

    [Fact]
    public async Task LsRemote_UnreachableUrlWithCredentials_ThrowsWithoutThePassword()
    {
        using var directory = new TempDirectory();
        var git = GitRepositories.CreateRepository(directory.Combine("cache.git"));

        var exception = await Assert.ThrowsAsync<GitException>(
            () => git.LsRemoteAsync("http://agent:s3cr3t-token@127.0.0.1:9/repo.git", "main", Token));

        Assert.DoesNotContain("s3cr3t-token", exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cr3t-token", exception.Command + exception.Error, StringComparison.Ordinal);
        Assert.Contains("http://127.0.0.1:9/repo.git", exception.Command, StringComparison.Ordinal);
    }
}
