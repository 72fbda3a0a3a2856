using Microsoft.Extensions.Logging.Abstractions;
using Overlord.Agent.Statuses;
using Overlord.Core;
using Overlord.Core.Config;

namespace Overlord.Agent.Tests.Statuses;

public sealed class CommitStatusWriterTests
{
    private const string Sha = "0123456789abcdef0123456789abcdef01234567";

    [Fact]
    public async Task PostAsync_GitHub_PostsToTheRepositoryStatusesWithABearerToken()
    {
        await using var api = await FakeStatusApi.StartAsync();
        using var http = new HttpClient();
        var writer = Writer(http, api, CommitStatusProvider.GitHub);

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
        using var http = new HttpClient();
        var writer = Writer(http, api, CommitStatusProvider.Gitea);

        await writer.PostAsync(Sha, "overlord/app.yml", CommitState.Success, "done", TestContext.Current.CancellationToken);

        var (path, authorization, _) = Assert.Single(api.Posted);
        Assert.Equal(($"/api/v1/repos/owner/repo/statuses/{Sha}", "token gh-token"), (path, authorization));
    }

    [Fact]
    public async Task PostAsync_SameStateAndDescriptionAsTheLatest_IsSkipped()
    {
        await using var api = await FakeStatusApi.StartAsync();
        using var http = new HttpClient();
        var writer = Writer(http, api, CommitStatusProvider.GitHub);
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
        using var http = new HttpClient();
        var writer = Writer(http, api, CommitStatusProvider.GitHub);

        await writer.PostAsync(Sha, "overlord/app.yml", CommitState.Failure, new string('x', 500), TestContext.Current.CancellationToken);

        Assert.Equal(CommitStatusWriter.MaxDescriptionLength, ((string?)Assert.Single(api.Posted).Body["description"])!.Length);
    }

    private static CommitStatusWriter Writer(HttpClient http, FakeStatusApi api, CommitStatusProvider provider) => new(
        http,
        new CommitStatusConfig { Provider = provider, ApiUrl = api.BaseUrl, Token = new Secret("gh-token") },
        "https://github.example/owner/repo.git",
        NullLogger<CommitStatusWriter>.Instance);
}
