using Overlord.Agent.Statuses;
using Overlord.Core.Config;
using Overlord.Testing;

namespace Overlord.Agent.Tests.Statuses;

public sealed class CommitStatusWriterTests
{
    private const string Sha = "0123456789abcdef0123456789abcdef01234567";

    [Fact]
    public async Task PostAsync_GitHub_PostsToTheRepositoryStatusesWithABearerToken()
    {
        await using var api = await FakeStatusApi.StartAsync();
        var (writer, host) = StatusWriters.Create(api, CommitStatusProvider.GitHub);
        using var _ = host;

        var posted = await writer.PostAsync(Sha, "overlord/web/app.yml", CommitState.Pending, "apply: added", TestContext.Current.CancellationToken);

        Assert.True(posted);
        var (path, authorization, body) = Assert.Single(api.Posted);
        Assert.Equal(($"/repos/owner/repo/statuses/{Sha}", "Bearer gh-token"), (path, authorization));
        Assert.Equal(("pending", "overlord/web/app.yml", "apply: added"), ((string?)body["state"], (string?)body["context"], (string?)body["description"]));
    }

    [Fact]
    public async Task PostAsync_Gitea_UsesTheApiV1PrefixAndTokenScheme()
    {
        await using var api = await FakeStatusApi.StartAsync();
        var (writer, host) = StatusWriters.Create(api, CommitStatusProvider.Gitea);
        using var _ = host;

        await writer.PostAsync(Sha, "overlord/app.yml", CommitState.Success, "done", TestContext.Current.CancellationToken);

        var (path, authorization, _) = Assert.Single(api.Posted);
        Assert.Equal(($"/api/v1/repos/owner/repo/statuses/{Sha}", "token gh-token"), (path, authorization));
    }

    [Fact]
    public async Task PostAsync_SameStateAndDescriptionAsTheLatest_IsSkipped()
    {
        await using var api = await FakeStatusApi.StartAsync();
        var (writer, host) = StatusWriters.Create(api, CommitStatusProvider.GitHub);
        using var _ = host;
        await writer.PostAsync(Sha, "overlord/app.yml", CommitState.Success, "done", TestContext.Current.CancellationToken);

        var again = await writer.PostAsync(Sha, "overlord/app.yml", CommitState.Success, "done", TestContext.Current.CancellationToken);
        var changed = await writer.PostAsync(Sha, "overlord/app.yml", CommitState.Failure, "done", TestContext.Current.CancellationToken);

        Assert.False(again);
        Assert.True(changed);
        Assert.Equal(2, api.Posted.Count);
    }

    [Fact]
    public async Task PostAsync_LongDescription_IsCutTo140Characters()
    {
        await using var api = await FakeStatusApi.StartAsync();
        var (writer, host) = StatusWriters.Create(api, CommitStatusProvider.GitHub);
        using var _ = host;

        await writer.PostAsync(Sha, "overlord/app.yml", CommitState.Failure, new string('x', 500), TestContext.Current.CancellationToken);

        Assert.Equal(CommitStatusWriter.MaxDescriptionLength, ((string?)Assert.Single(api.Posted).Body["description"])!.Length);
    }

    [Theory]
    [InlineData(CommitStatusProvider.GitHub)]
    [InlineData(CommitStatusProvider.Gitea)]
    public async Task PostAsync_HostUnavailableOnce_IsRetriedByThePipeline(CommitStatusProvider provider)
    {
        await using var api = await FakeStatusApi.StartAsync();
        api.UnavailablePosts = 1;
        var (writer, host) = StatusWriters.Create(api, provider);
        using var _ = host;

        var posted = await writer.PostAsync(Sha, "overlord/app.yml", CommitState.Success, "done", TestContext.Current.CancellationToken);

        Assert.True(posted);
        Assert.Equal(1, api.RefusedPosts);
        Assert.Single(api.Posted);
    }

    [Fact]
    public async Task PostAsync_HostStaysUnavailable_GivesUpAfterTwoRetries()
    {
        await using var api = await FakeStatusApi.StartAsync();
        var (writer, host) = StatusWriters.Create(api, CommitStatusProvider.GitHub);
        using var _ = host;
        api.UnavailablePosts = 5;

        var posted = await writer.PostAsync(Sha, "overlord/app.yml", CommitState.Success, "done", TestContext.Current.CancellationToken);

        // Two retries after the first attempt, then the writer gives up without throwing.
        Assert.False(posted);
        Assert.Equal(3, api.RefusedPosts);
        Assert.Empty(api.Posted);
    }

    [Fact]
    public async Task PostAsync_HostRefusesWithAClientError_IsNotRetried()
    {
        await using var api = await FakeStatusApi.StartAsync();
        var (writer, host) = StatusWriters.Create(api, CommitStatusProvider.GitHub);
        using var _ = host;
        (api.UnavailablePosts, api.RefusalStatusCode) = (5, 422);

        var posted = await writer.PostAsync(Sha, "overlord/app.yml", CommitState.Success, "done", TestContext.Current.CancellationToken);

        Assert.False(posted);
        Assert.Equal(1, api.RefusedPosts);
    }
}
