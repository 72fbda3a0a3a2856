using System.Text;
using Overlord.Agent.Tests.Support;
using Overlord.Agent.Webhooks;

namespace Overlord.Agent.Tests.Webhooks;

public sealed class WebhookDeciderTests
{
    private const string Delivery = "72d3162e-cc78-11e3-81ab-4c9367dc0958";

    private static readonly WebhookTarget HelloWorld =
        new(WebhookProvider.GitHub, WebhookTestData.Secret, "git@github.com:Codertocat/Hello-World.git", "master");

    [Fact]
    public void Decide_PushToTheWatchedBranch_IsAcceptedWithItsSha()
    {
        var body = WebhookTestData.Read("github/push-with-new-branch.json");

        var decision = WebhookDecider.Decide(HelloWorld, WebhookTestData.GitHub("push", body), body);

        Assert.Equal(new WebhookDecision(202, WebhookReason.Accepted, Delivery, "6113728f27ae82c7b1a177c8d03f9e96e0adf246"), decision);
    }

    [Fact]
    public void Decide_Ping_Answers200WithoutSync()
    {
        var target = HelloWorld with { Repository = "https://github.com/Octocoders/Hello-World" };
        var body = WebhookTestData.Read("github/ping.json");

        var decision = WebhookDecider.Decide(target, WebhookTestData.GitHub("ping", body), body);

        Assert.Equal((200, "ping", false), (decision.StatusCode, decision.ReasonCode, decision.ShouldSync));
    }

    [Fact]
    public void Decide_PushToAnotherBranch_IsIgnoredAsOtherRef()
    {
        var body = WebhookTestData.Read("github/push-with-new-branch.json");

        var decision = WebhookDecider.Decide(HelloWorld with { Branch = "main" }, WebhookTestData.GitHub("push", body), body);

        Assert.Equal((202, WebhookReason.OtherRef), (decision.StatusCode, decision.Reason));
    }

    [Fact]
    public void Decide_TagPush_IsIgnoredAsOtherRef()
    {
        var body = WebhookTestData.Read("github/push-1.json");

        var decision = WebhookDecider.Decide(HelloWorld, WebhookTestData.GitHub("push", body), body);

        Assert.Equal((202, "other_ref"), (decision.StatusCode, decision.ReasonCode));
    }

    [Fact]
    public void Decide_PushToAnotherRepository_IsIgnoredAsUnknownRepo()
    {
        var body = WebhookTestData.Read("github/push-with-new-branch.json");

        var decision = WebhookDecider.Decide(HelloWorld with { Repository = "https://github.com/Codertocat/Other" }, WebhookTestData.GitHub("push", body), body);

        Assert.Equal((202, "unknown_repo"), (decision.StatusCode, decision.ReasonCode));
    }

    [Fact]
    public void Decide_BodyOverTwentyFiveMebibytes_Answers413BeforeAnythingElse()
    {
        var body = new byte[WebhookDecider.MaxBodyBytes + 1];

        var decision = WebhookDecider.Decide(HelloWorld, WebhookTestData.Headers(("X-GitHub-Delivery", Delivery)), body);

        Assert.Equal(new WebhookDecision(413, WebhookReason.TooLarge, Delivery, null), decision);
    }

    [Fact]
    public void Decide_BadSignature_Answers401()
    {
        var body = WebhookTestData.Read("github/push-with-new-branch.json");

        var decision = WebhookDecider.Decide(HelloWorld, WebhookTestData.GitHub("push", body, "wrong secret"), body);

        Assert.Equal((401, "bad_signature"), (decision.StatusCode, decision.ReasonCode));
    }

    [Fact]
    public void Decide_UnsignedWhileASecretIsSet_Answers401MissingSignature()
    {
        var body = WebhookTestData.Read("github/push-with-new-branch.json");

        var decision = WebhookDecider.Decide(HelloWorld, WebhookTestData.Headers(("X-GitHub-Event", "push")), body);

        Assert.Equal((401, "missing_signature"), (decision.StatusCode, decision.ReasonCode));
    }

    [Fact]
    public void Decide_OtherEvent_IsIgnoredAsUnsupported()
    {
        var body = Encoding.UTF8.GetBytes("{\"action\":\"opened\"}");

        var decision = WebhookDecider.Decide(HelloWorld, WebhookTestData.GitHub("issues", body), body);

        Assert.Equal((202, "unsupported_event"), (decision.StatusCode, decision.ReasonCode));
    }

    [Fact]
    public void Decide_SignedGarbage_Answers400BadPayload()
    {
        var body = Encoding.UTF8.GetBytes("not json");

        var decision = WebhookDecider.Decide(HelloWorld, WebhookTestData.GitHub("push", body), body);

        Assert.Equal((400, "bad_payload"), (decision.StatusCode, decision.ReasonCode));
    }

    [Fact]
    public void Decide_GitLabPushWithToken_IsAcceptedForItsProject()
    {
        var target = new WebhookTarget(WebhookProvider.GitLab, "gitlab-token", "http://example.com/mike/diaspora.git", "master");
        var headers = WebhookTestData.Headers(("X-Gitlab-Event", "Push Hook"), ("X-Gitlab-Token", "gitlab-token"), ("Idempotency-Key", "k1"));

        var decision = WebhookDecider.Decide(target, headers, WebhookTestData.Read("gitlab/push-hook.json"));

        Assert.Equal(new WebhookDecision(202, WebhookReason.Accepted, "k1", "da1560886d4f094c3e6c9ef40349f7d38b5d27d7"), decision);
    }

    [Fact]
    public void Decide_GenericEmptyBodySigned_IsAccepted()
    {
        var target = new WebhookTarget(WebhookProvider.Generic, WebhookTestData.Secret, "/srv/git/specs.git", "main");
        var headers = WebhookTestData.Headers(("X-Signature", "sha256=" + WebhookTestData.HmacHex(WebhookTestData.Secret, [])));

        var decision = WebhookDecider.Decide(target, headers, []);

        Assert.Equal((202, WebhookReason.Accepted, null), (decision.StatusCode, decision.Reason, decision.After));
    }

    [Fact]
    public void Target_ToString_HidesTheSecret()
    {
        Assert.DoesNotContain(WebhookTestData.Secret, HelloWorld.ToString(), StringComparison.Ordinal);
    }
}
