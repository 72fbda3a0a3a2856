using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Overlord.Agent.Tests.Support;
using Overlord.Client.Contract;
using Overlord.Core;
using Overlord.Testing;

namespace Overlord.Agent.Tests.Hosting;

/// <summary>Issue 11, items 1 and 9, through the webhook routes of a real host.</summary>
public sealed class WebhookHardeningTests
{
    private const string GitLabToken = "gitlab-token";

    [Fact]
    public async Task An_unsigned_push_is_refused_401_before_its_body_is_read()
    {
        await using var host = await AgentTestHost.StartAsync();
        var push = WebhookTestData.Read("github/push-1.json");

        // A real push without its last byte: only an answer that does not wait for the body can come.
        await using var request = await RawHttpRequest.StartAsync(
            host.Http.BaseAddress!, "/v1/webhooks/github", [("X-GitHub-Event", "push"), ("X-GitHub-Delivery", "unsigned-1")], push.Length, push[..^1], TestContext.Current.CancellationToken);
        var (statusCode, text) = await request.ReadAnswerAsync();

        Assert.Equal(401, statusCode);
        Assert.Contains("missing_signature", text, StringComparison.Ordinal);
        Assert.Contains("Connection: close", text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task An_unsigned_24_MiB_post_is_refused_401_after_at_most_its_first_bytes()
    {
        await using var host = await AgentTestHost.StartAsync();

        await using var request = await RawHttpRequest.StartAsync(
            host.Http.BaseAddress!, "/v1/webhooks/github", [("X-GitHub-Event", "push")], 24L << 20, new byte[1024], TestContext.Current.CancellationToken);
        var (statusCode, text) = await request.ReadAnswerAsync();

        Assert.Equal(401, statusCode);
        Assert.Contains("missing_signature", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_GitLab_token_is_refused_401_before_the_body_is_read()
    {
        await using var host = await StartWithGitLabAsync();

        await using var request = await RawHttpRequest.StartAsync(
            host.Http.BaseAddress!, "/v1/webhooks/gitlab", [("X-Gitlab-Event", "Push Hook"), ("X-Gitlab-Token", "guess")], 24L << 20, new byte[1024], TestContext.Current.CancellationToken);
        var (statusCode, text) = await request.ReadAnswerAsync();

        Assert.Equal(401, statusCode);
        Assert.Contains("bad_signature", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_malformed_signature_is_refused_401_before_the_body_is_read()
    {
        await using var host = await AgentTestHost.StartAsync();

        await using var request = await RawHttpRequest.StartAsync(
            host.Http.BaseAddress!, "/v1/webhooks/github", [("X-GitHub-Event", "push"), ("X-Hub-Signature-256", "sha256=abc")], 24L << 20, new byte[1024], TestContext.Current.CancellationToken);
        var (statusCode, text) = await request.ReadAnswerAsync();

        Assert.Equal(401, statusCode);
        Assert.Contains("bad_signature", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bodies_are_read_four_at_a_time_and_a_fifth_waits_then_gets_503()
    {
        await using var host = await AgentTestHost.StartAsync();
        var signed = ("X-Hub-Signature-256", "sha256=" + new string('0', 64));
        var stalled = new List<RawHttpRequest>();
        for (var i = 0; i < 5; i++)
        {
            // Signed-looking, so each is read; 10 bytes of 1024 sent, so each reader waits for the rest.
            stalled.Add(await RawHttpRequest.StartAsync(host.Http.BaseAddress!, "/v1/webhooks/github", [("X-GitHub-Event", "push"), signed], 1024, new byte[10], TestContext.Current.CancellationToken));
        }

        // Whichever came last gets no place; the four readers end when Kestrel's minimum body data rate gives up on them.
        var answers = await Task.WhenAll(stalled.Select(request => request.ReadAnswerAsync()));
        foreach (var request in stalled)
        {
            await request.DisposeAsync();
        }

        var busy = Assert.Single(answers, answer => answer.StatusCode == 503);
        Assert.Contains("Retry-After: 1", busy.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("\"reason\":\"busy\"", busy.Text, StringComparison.Ordinal);
        Assert.All(answers.Where(answer => answer.StatusCode != 503), answer => Assert.Equal(408, answer.StatusCode));

        // The readers gave their places back.
        var head = (await host.StatusAsync()).LastAppliedCommit!;
        using var after = await host.SendGitHubPushAsync("after-the-stall", head, @ref: "refs/heads/other");
        Assert.Equal("other_ref", await ReasonAsync(after));
    }

    [Fact]
    public async Task A_recorded_push_sent_again_with_a_new_delivery_id_is_a_replay()
    {
        await using var host = await AgentTestHost.StartAsync();
        var head = (await host.StatusAsync()).LastAppliedCommit!;

        using var first = await host.SendGitHubPushAsync("delivery-1", head);
        using var replayed = await host.SendGitHubPushAsync("delivery-2", head);

        Assert.Equal(("accepted", "replay"), (await ReasonAsync(first), await ReasonAsync(replayed)));
    }

    [Theory]
    [InlineData("ops/repo", "accepted")]
    [InlineData("OPS/Repo", "accepted")]
    [InlineData("repo", "unknown_repo")]
    [InlineData("evil/repo", "unknown_repo")]
    [InlineData("evil/ops/repo", "unknown_repo")]
    public async Task A_push_names_the_watched_repository_only_by_its_whole_owner_and_name(string fullName, string reason)
    {
        await using var host = await AgentTestHost.StartAsync(config => config with { Repository = "git@git.invalid:ops/repo.git" });
        var body = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new
        {
            @ref = "refs/heads/main",
            after = "1111111111111111111111111111111111111111",
            repository = new { full_name = fullName, homepage = "https://git.invalid/ops/repo" },
        }));

        using var response = await SendGitHubAsync(host, body);

        Assert.Equal(reason, await ReasonAsync(response));
    }

    [Fact]
    public async Task A_GitLab_delivery_with_a_stale_timestamp_is_refused_401_and_a_fresh_one_accepted()
    {
        await using var host = await StartWithGitLabAsync();
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();

        using var stale = await SendGitLabAsync(host, "stale-1", now - 3600);
        using var fresh = await SendGitLabAsync(host, "fresh-1", now);

        Assert.Equal(HttpStatusCode.Unauthorized, stale.StatusCode);
        Assert.Equal(("stale_timestamp", "accepted"), (await ReasonAsync(stale), await ReasonAsync(fresh)));
    }

    private static Task<AgentTestHost> StartWithGitLabAsync() =>
        AgentTestHost.StartAsync(config => config with { Webhooks = config.Webhooks with { GitLabToken = new Secret(GitLabToken) } });

    private static async Task<HttpResponseMessage> SendGitHubAsync(AgentTestHost host, byte[] body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/webhooks/github") { Content = new ByteArrayContent(body) };
        request.Headers.Add("X-GitHub-Event", "push");
        request.Headers.Add("X-GitHub-Delivery", Guid.NewGuid().ToString());
        request.Headers.Add("X-Hub-Signature-256", "sha256=" + WebhookTestData.HmacHex(AgentTestHost.GitHubSecret, body));
        return await host.Http.SendAsync(request, TestContext.Current.CancellationToken);
    }

    private static async Task<HttpResponseMessage> SendGitLabAsync(AgentTestHost host, string deliveryId, long timestamp)
    {
        var body = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new
        {
            object_kind = "push",
            @ref = "refs/heads/main",
            after = deliveryId.PadRight(40, '1'),
            project = new { path_with_namespace = "test/origin", git_http_url = host.Repositories.Origin },
        }));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/webhooks/gitlab") { Content = new ByteArrayContent(body) };
        request.Headers.Add("X-Gitlab-Event", "Push Hook");
        request.Headers.Add("X-Gitlab-Token", GitLabToken);
        request.Headers.Add("X-Gitlab-Event-UUID", deliveryId);
        request.Headers.Add("webhook-timestamp", timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return await host.Http.SendAsync(request, TestContext.Current.CancellationToken);
    }

    private static async Task<string> ReasonAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadFromJsonAsync<WebhookResponse>(OverlordJson.Options, TestContext.Current.CancellationToken);
        return body!.Reason;
    }
}
