using System.Security.Cryptography;
using System.Text;
using Overlord.Agent.Tests.Support;
using Overlord.Agent.Webhooks;

namespace Overlord.Agent.Tests.Webhooks;

public sealed class WebhookSignatureVerifierTests
{
    private const string VectorSecret = "It's a Secret to Everybody";
    private const string VectorSignature = "sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17";
    private static readonly byte[] VectorBody = Encoding.UTF8.GetBytes("Hello, World!");

    [Fact]
    public void GitHub_DocumentedTestVector_IsAccepted()
    {
        var headers = WebhookTestData.Headers(("X-Hub-Signature-256", VectorSignature));

        Assert.Equal(SignatureCheck.Ok, WebhookSignatureVerifier.Verify(WebhookProvider.GitHub, headers, VectorBody, VectorSecret));
    }

    [Fact]
    public void GitHub_TestVectorWithChangedBody_IsRefused()
    {
        var headers = WebhookTestData.Headers(("X-Hub-Signature-256", VectorSignature));

        var check = WebhookSignatureVerifier.Verify(WebhookProvider.GitHub, headers, Encoding.UTF8.GetBytes("Hello, World?"), VectorSecret);

        Assert.Equal(SignatureCheck.BadSignature, check);
    }

    [Fact]
    public void GitHub_TestVectorWithChangedSecret_IsRefused()
    {
        var headers = WebhookTestData.Headers(("X-Hub-Signature-256", VectorSignature));

        Assert.Equal(SignatureCheck.BadSignature, WebhookSignatureVerifier.Verify(WebhookProvider.GitHub, headers, VectorBody, "It's a Secret to Somebody"));
    }

    [Fact]
    public void GitHub_NoSignatureWhileASecretIsSet_IsMissing()
    {
        var check = WebhookSignatureVerifier.Verify(WebhookProvider.GitHub, WebhookHeaders.Empty, VectorBody, VectorSecret);

        Assert.Equal("missing_signature", check.ToCode());
    }

    [Fact]
    public void GitHub_NoSecretConfigured_AcceptsUnsignedRequests()
    {
        Assert.Equal(SignatureCheck.Ok, WebhookSignatureVerifier.Verify(WebhookProvider.GitHub, WebhookHeaders.Empty, VectorBody, null));
    }

    [Fact]
    public void GitHub_ValidLegacySha1ButWrongSha256_IsRefused()
    {
        var headers = WebhookTestData.Headers(("X-Hub-Signature", LegacySha1()), ("X-Hub-Signature-256", "sha256=" + new string('0', 64)));

        Assert.Equal(SignatureCheck.BadSignature, WebhookSignatureVerifier.Verify(WebhookProvider.GitHub, headers, VectorBody, VectorSecret));
    }

    [Fact]
    public void GitHub_OnlyTheLegacySha1Header_IsChecked()
    {
        var headers = WebhookTestData.Headers(("X-Hub-Signature", LegacySha1()));

        Assert.Equal(SignatureCheck.Ok, WebhookSignatureVerifier.Verify(WebhookProvider.GitHub, headers, VectorBody, VectorSecret));
    }

    [Fact]
    public void GitHub_SignatureInUpperCaseHex_IsAccepted()
    {
        var headers = WebhookTestData.Headers(("X-Hub-Signature-256", "sha256=" + VectorSignature["sha256=".Length..].ToUpperInvariant()));

        Assert.Equal(SignatureCheck.Ok, WebhookSignatureVerifier.Verify(WebhookProvider.GitHub, headers, VectorBody, VectorSecret));
    }

    [Fact]
    public void GitHub_NotHexSignature_IsRefused()
    {
        var headers = WebhookTestData.Headers(("X-Hub-Signature-256", "sha256=not-hex"));

        Assert.Equal(SignatureCheck.BadSignature, WebhookSignatureVerifier.Verify(WebhookProvider.GitHub, headers, VectorBody, VectorSecret));
    }

    [Fact]
    public void GitHub_FormEncodedBodySignedAsSent_IsAccepted()
    {
        var body = WebhookTestData.Read("github/push-form-urlencoded.txt");

        var check = WebhookSignatureVerifier.Verify(WebhookProvider.GitHub, WebhookTestData.GitHub("push", body), body, WebhookTestData.Secret);

        Assert.Equal(SignatureCheck.Ok, check);
    }

    private static string LegacySha1() =>
        "sha1=" + Convert.ToHexStringLower(HmacSignature.Compute(HashAlgorithmName.SHA1, Encoding.UTF8.GetBytes(VectorSecret), VectorBody));
}
