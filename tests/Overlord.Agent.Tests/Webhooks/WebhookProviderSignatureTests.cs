using System.Security.Cryptography;
using System.Text;
using Overlord.Agent.Tests.Support;
using Overlord.Agent.Webhooks;

namespace Overlord.Agent.Tests.Webhooks;

public sealed class WebhookProviderSignatureTests
{
    private static readonly byte[] GiteaBody = WebhookTestData.Read("gitea/push.json");
    private static readonly byte[] GitLabBody = WebhookTestData.Read("gitlab/push-hook.json");
    private static readonly DateTimeOffset SignedAt = DateTimeOffset.FromUnixTimeSeconds(1700000000);

    [Theory]
    [InlineData("X-Gitea-Signature")]
    [InlineData("X-Forgejo-Signature")]
    [InlineData("X-Gogs-Signature")]
    public void Gitea_HexSignatureWithoutPrefix_IsAccepted(string header)
    {
        var headers = WebhookTestData.Headers((header, WebhookTestData.HmacHex(WebhookTestData.Secret, GiteaBody)));

        Assert.Equal(SignatureCheck.Ok, WebhookSignatureVerifier.Verify(WebhookProvider.Gitea, headers, GiteaBody, WebhookTestData.Secret));
    }

    [Fact]
    public void Gitea_SignedWithAnotherSecret_IsRefused()
    {
        var headers = WebhookTestData.Headers(("X-Gitea-Signature", WebhookTestData.HmacHex("other", GiteaBody)));

        Assert.Equal(SignatureCheck.BadSignature, WebhookSignatureVerifier.Verify(WebhookProvider.Gitea, headers, GiteaBody, WebhookTestData.Secret));
    }

    [Fact]
    public void Gitea_EmptySignatureHeadersWhileASecretIsSet_IsMissing()
    {
        var headers = WebhookTestData.Headers(("X-Gitea-Signature", ""), ("X-Gogs-Signature", ""), ("X-Hub-Signature-256", ""));

        Assert.Equal(SignatureCheck.MissingSignature, WebhookSignatureVerifier.Verify(WebhookProvider.Gitea, headers, GiteaBody, WebhookTestData.Secret));
    }

    [Fact]
    public void GitLab_TokenEqualToTheSecret_IsAccepted()
    {
        var headers = WebhookTestData.Headers(("X-Gitlab-Token", WebhookTestData.Secret));

        Assert.Equal(SignatureCheck.Ok, WebhookSignatureVerifier.Verify(WebhookProvider.GitLab, headers, GitLabBody, WebhookTestData.Secret));
    }

    [Fact]
    public void GitLab_OtherToken_IsRefused()
    {
        var headers = WebhookTestData.Headers(("X-Gitlab-Token", WebhookTestData.Secret + "x"));

        Assert.Equal(SignatureCheck.BadSignature, WebhookSignatureVerifier.Verify(WebhookProvider.GitLab, headers, GitLabBody, WebhookTestData.Secret));
    }

    [Fact]
    public void GitLab_NoToken_IsMissing()
    {
        Assert.Equal(SignatureCheck.MissingSignature, WebhookSignatureVerifier.Verify(WebhookProvider.GitLab, WebhookHeaders.Empty, GitLabBody, WebhookTestData.Secret));
    }

    [Fact]
    public void GitLab_StandardWebhookSignature_IsAccepted()
    {
        var key = RandomNumberGenerator.GetBytes(32);
        var signed = Encoding.UTF8.GetBytes("msg_1.1700000000.").Concat(GitLabBody).ToArray();
        var signature = "v1," + Convert.ToBase64String(HMACSHA256.HashData(key, signed));
        var headers = WebhookTestData.Headers(("webhook-id", "msg_1"), ("webhook-timestamp", "1700000000"), ("webhook-signature", "v1,b2xk " + signature));

        var check = WebhookSignatureVerifier.Verify(WebhookProvider.GitLab, headers, GitLabBody, "whsec_" + Convert.ToBase64String(key), SignedAt.AddMinutes(4));

        Assert.Equal(SignatureCheck.Ok, check);
    }

    [Theory]
    [InlineData(-6)]
    [InlineData(6)]
    [InlineData(24 * 60)]
    public void GitLab_TimestampMoreThanFiveMinutesAway_IsStale(int minutesFromSigning)
    {
        var headers = WebhookTestData.Headers(("X-Gitlab-Token", WebhookTestData.Secret), ("webhook-timestamp", "1700000000"));

        var check = WebhookSignatureVerifier.Verify(WebhookProvider.GitLab, headers, GitLabBody, WebhookTestData.Secret, SignedAt.AddMinutes(minutesFromSigning));

        Assert.Equal("stale_timestamp", check.ToCode());
    }

    [Theory]
    [InlineData("yesterday")]
    [InlineData("-1700000000")]
    [InlineData("99999999999999999999")]
    public void GitLab_TimestampThatIsNotUnixSeconds_IsRefused(string timestamp)
    {
        var headers = WebhookTestData.Headers(("X-Gitlab-Token", WebhookTestData.Secret), ("webhook-timestamp", timestamp));

        Assert.Equal(SignatureCheck.BadSignature, WebhookSignatureVerifier.Verify(WebhookProvider.GitLab, headers, GitLabBody, WebhookTestData.Secret, SignedAt));
    }

    [Theory]
    [InlineData("sha256")]
    [InlineData("sha512")]
    public void Generic_XSignatureWithAlgorithmPrefix_IsAccepted(string algorithm)
    {
        var key = Encoding.UTF8.GetBytes(WebhookTestData.Secret);
        var digest = algorithm == "sha256" ? HMACSHA256.HashData(key, GitLabBody) : HMACSHA512.HashData(key, GitLabBody);
        var headers = WebhookTestData.Headers(("X-Signature", $"{algorithm}={Convert.ToHexStringLower(digest)}"));

        Assert.Equal(SignatureCheck.Ok, WebhookSignatureVerifier.Verify(WebhookProvider.Generic, headers, GitLabBody, WebhookTestData.Secret));
    }

    [Fact]
    public void Generic_UnknownAlgorithm_IsRefused()
    {
        var headers = WebhookTestData.Headers(("X-Signature", "md5=" + new string('0', 32)));

        Assert.Equal(SignatureCheck.BadSignature, WebhookSignatureVerifier.Verify(WebhookProvider.Generic, headers, GitLabBody, WebhookTestData.Secret));
    }
}
