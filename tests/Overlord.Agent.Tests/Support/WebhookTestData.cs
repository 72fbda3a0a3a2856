using System.Security.Cryptography;
using System.Text;
using Overlord.Agent.Webhooks;

namespace Overlord.Agent.Tests.Support;

/// <summary>The published payloads in TestData/webhooks (see its README) and helpers to sign and send them.</summary>
public static class WebhookTestData
{
    public const string Secret = "test-secret";

    public static byte[] Read(string relativePath) =>
        File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "TestData", "webhooks", relativePath));

    public static string HmacHex(string secret, byte[] body) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));

    public static WebhookHeaders Headers(params (string Name, string Value)[] headers) =>
        new(headers.Select(header => KeyValuePair.Create(header.Name, header.Value)));

    /// <summary>Headers of a signed GitHub delivery of <paramref name="body"/>.</summary>
    public static WebhookHeaders GitHub(string eventName, byte[] body, string secret = Secret) =>
        Headers(
            ("X-GitHub-Event", eventName),
            ("X-GitHub-Delivery", "72d3162e-cc78-11e3-81ab-4c9367dc0958"),
            ("X-Hub-Signature-256", "sha256=" + HmacHex(secret, body)));
}
