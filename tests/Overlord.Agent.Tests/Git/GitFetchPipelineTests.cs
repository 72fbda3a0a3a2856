using Overlord.Agent.Git;
using Overlord.Agent.Tests.Support;
using Overlord.Core.Results;
using Overlord.Testing;
using Polly;

namespace Overlord.Agent.Tests.Git;

public sealed class GitFetchPipelineTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Fetch_RemoteBackAfterAFailedAttempt_IsTriedAgainAndSucceeds()
    {
        using var repositories = await GitRepositories.CreateAsync();
        repositories.WriteFile("a.yml", "a");
        var head = await repositories.CommitAndPushAsync("first");
        var away = repositories.Origin + ".away";
        var retries = new List<int>();
        var pipeline = GitFetchPipeline.Configure(new ResiliencePipelineBuilder<Result>(), TimeSpan.Zero, (attempt, _) =>
        {
            retries.Add(attempt);
            Directory.Move(away, repositories.Origin);
        }).Build();
        var git = new GitRepository(
            new GitRepositoryOptions { RepositoryPath = Path.Combine(repositories.Root, "mirror.git") }, TestLog.For<GitRepository>(), pipeline);
        await git.EnsureMirrorAsync(repositories.Origin, Token);
        Directory.Move(repositories.Origin, away);

        var fetched = await git.FetchAsync("main", Token);

        Assert.Equal(head, fetched);
        Assert.Equal([1], retries);
    }

    [Fact]
    public async Task Fetch_RemoteGone_FailsAfterTheRetries()
    {
        using var repositories = await GitRepositories.CreateAsync();
        var retries = 0;
        var pipeline = GitFetchPipeline.Configure(new ResiliencePipelineBuilder<Result>(), TimeSpan.Zero, (_, _) => retries++).Build();
        var git = new GitRepository(
            new GitRepositoryOptions { RepositoryPath = Path.Combine(repositories.Root, "mirror.git") }, TestLog.For<GitRepository>(), pipeline);
        await git.EnsureMirrorAsync(Path.Combine(repositories.Root, "nowhere.git"), Token);

        await Assert.ThrowsAsync<GitException>(() => git.FetchAsync("main", Token));
        Assert.Equal(2, retries);
    }

    [Theory]
    [InlineData(ErrorCodes.Failed, true)]
    [InlineData(ErrorCodes.Timeout, false)]
    [InlineData(ErrorCodes.NotFound, false)]
    public void IsTransient_OnlyAFailedTransfer(string code, bool transient) =>
        Assert.Equal(transient, GitFetchPipeline.IsTransient(Result.Failure(code, "x")));

    [Fact]
    public void IsTransient_Success_IsNot() => Assert.False(GitFetchPipeline.IsTransient(Result.Success()));
}
