using System.Text;
using Overlord.Agent.Tests.Support;
using Overlord.Agent.Webhooks;

namespace Overlord.Agent.Tests.Webhooks;

public sealed class WebhookPayloadParserTests
{
    private const string Zero = "0000000000000000000000000000000000000000";

    [Theory]
    [InlineData("github/push-1.json", "refs/tags/simple-tag", "6113728f27ae82c7b1a177c8d03f9e96e0adf246", Zero, "Codertocat/Hello-World")]
    [InlineData("github/push-with-organization.json", "refs/tags/simple-tag", "6113728f27ae82c7b1a177c8d03f9e96e0adf246", Zero, "Codertocat/Hello-World")]
    [InlineData("github/push-with-new-branch.json", "refs/heads/master", Zero, "6113728f27ae82c7b1a177c8d03f9e96e0adf246", "Codertocat/Hello-World")]
    public void Parse_GitHubPushPayloads_ReadsRefShasAndRepository(string file, string reference, string before, string after, string fullName)
    {
        var payload = WebhookPayloadParser.Parse(WebhookProvider.GitHub, Headers("push"), WebhookTestData.Read(file));

        Assert.Equal(
            (WebhookEvent.Push, reference, before, after, fullName),
            (payload!.Event, payload.Ref, payload.Before, payload.After, payload.Repository.FullName));
        Assert.Contains("git@github.com:Codertocat/Hello-World.git", payload.Repository.Urls);
        Assert.Contains("https://github.com/Codertocat/Hello-World.git", payload.Repository.Urls);
    }

    [Fact]
    public void Parse_GitHubPing_IsAPingOfItsRepository()
    {
        var payload = WebhookPayloadParser.Parse(WebhookProvider.GitHub, Headers("ping"), WebhookTestData.Read("github/ping.json"));

        Assert.Equal((WebhookEvent.Ping, null, "Octocoders/Hello-World"), (payload!.Event, payload.Ref, payload.Repository.FullName));
    }

    [Fact]
    public void Parse_GitHubFormEncodedDelivery_DecodesThePayloadField()
    {
        var headers = WebhookTestData.Headers(
            ("X-GitHub-Event", "push"),
            ("X-GitHub-Delivery", "75e732d8-1237-11e3-9480-a3b78209a4ae"),
            ("Content-Type", "application/x-www-form-urlencoded"));

        var payload = WebhookPayloadParser.Parse(WebhookProvider.GitHub, headers, WebhookTestData.Read("github/push-form-urlencoded.txt"));

        Assert.Equal("refs/heads/master", payload!.Ref);
        Assert.Equal("4d9840f8e661e7067472e828ee6ad8dd3008b247", payload.After);
        Assert.Equal("75e732d8-1237-11e3-9480-a3b78209a4ae", payload.DeliveryId);
        Assert.Equal(["https://github.com/onetom/rebol"], payload.Repository.Urls);
    }

    [Fact]
    public void Parse_JsonBodySentWithAFormContentType_IsReadAsJson()
    {
        // curl -d sends application/x-www-form-urlencoded unless told otherwise.
        var headers = WebhookTestData.Headers(("X-GitHub-Event", "push"), ("Content-Type", "application/x-www-form-urlencoded"));

        var payload = WebhookPayloadParser.Parse(WebhookProvider.GitHub, headers, """{"ref":"refs/heads/main","after":"abc"}"""u8.ToArray());

        Assert.Equal(("refs/heads/main", "abc"), (payload!.Ref, payload.After));
    }

    [Fact]
    public void Parse_GiteaPush_ReadsItsHeadersAndRepository()
    {
        var headers = WebhookTestData.Headers(("X-Gitea-Event", "push"), ("X-Gitea-Delivery", "f6266f16-1bf3-46a5-9ea4-602e06ead473"));

        var payload = WebhookPayloadParser.Parse(WebhookProvider.Gitea, headers, WebhookTestData.Read("gitea/push.json"));

        Assert.Equal(
            (WebhookEvent.Push, "f6266f16-1bf3-46a5-9ea4-602e06ead473", "refs/heads/develop", "bffeb74224043ba2feb48d137756c8a9331c449a", "gitea/webhooks"),
            (payload!.Event, payload.DeliveryId, payload.Ref, payload.After, payload.Repository.FullName));
        Assert.Contains("ssh://gitea@localhost:2222/gitea/webhooks.git", payload.Repository.Urls);
    }

    [Fact]
    public void Parse_GitLabPushHook_ReadsProjectAndIdempotencyKey()
    {
        var headers = WebhookTestData.Headers(("X-Gitlab-Event", "Push Hook"), ("X-Gitlab-Event-UUID", "uuid-1"), ("Idempotency-Key", "key-1"));

        var payload = WebhookPayloadParser.Parse(WebhookProvider.GitLab, headers, WebhookTestData.Read("gitlab/push-hook.json"));

        Assert.Equal(
            (WebhookEvent.Push, "key-1", "refs/heads/master", "da1560886d4f094c3e6c9ef40349f7d38b5d27d7", "mike/diaspora"),
            (payload!.Event, payload.DeliveryId, payload.Ref, payload.After, payload.Repository.FullName));
        Assert.Contains("http://example.com/mike/diaspora.git", payload.Repository.Urls);
    }

    [Theory]
    [InlineData(WebhookProvider.GitHub, "X-GitHub-Event", "issues", WebhookEvent.Other)]
    [InlineData(WebhookProvider.Gitea, "X-Forgejo-Event", "push", WebhookEvent.Push)]
    [InlineData(WebhookProvider.GitLab, "X-Gitlab-Event", "Tag Push Hook", WebhookEvent.Push)]
    [InlineData(WebhookProvider.GitLab, "X-Gitlab-Event", "Merge Request Hook", WebhookEvent.Other)]
    public void Parse_EventHeader_ClassifiesTheEvent(WebhookProvider provider, string header, string value, WebhookEvent expected)
    {
        var payload = WebhookPayloadParser.Parse(provider, WebhookTestData.Headers((header, value)), "{}"u8);

        Assert.Equal(expected, payload!.Event);
    }

    [Fact]
    public void Parse_BodyThatIsNotAJsonObject_ReturnsNull()
    {
        Assert.Null(WebhookPayloadParser.Parse(WebhookProvider.GitHub, Headers("push"), Encoding.UTF8.GetBytes("{not json")));
    }

    private static WebhookHeaders Headers(string eventName) => WebhookTestData.Headers(("X-GitHub-Event", eventName));
}
