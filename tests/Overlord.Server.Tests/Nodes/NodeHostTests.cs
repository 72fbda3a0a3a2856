using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Overlord.Server.Tests.Nodes;

public sealed class NodeHostTests
{
    [Fact]
    public async Task Server_id_is_kept_in_its_file_across_restarts()
    {
        await using var node = await RunningNode.StartAsync();
        var first = node.Host.Identity.ServerId;

        await node.StopAsync();
        await node.StartAgainAsync();

        Assert.True(Guid.TryParse(first, out _));
        Assert.Equal(first, node.Host.Identity.ServerId);
        Assert.Equal(first, File.ReadAllText(node.Config.ServerIdFile).Trim());
    }

    [Fact]
    public async Task Without_compress_response_answers_are_not_gzipped()
    {
        await using var node = await RunningNode.StartAsync(new NodeSpec { ExtraYaml = "compress_response: false\n" });

        var response = await node.SendAsync(HttpMethod.Get, "/v1/labels", headers: new Dictionary<string, string>
        {
            ["Authentication"] = "Bearer " + node.Token,
            ["Accept-Encoding"] = "gzip",
        });

        Assert.Null(response.Header("Content-Encoding"));
    }

    [Fact]
    public async Task With_a_key_and_certificate_https_is_served_beside_http()
    {
        using var folder = new TempDirectory("overlord-tls");
        var (certFile, keyFile) = WriteSelfSigned(folder.Path);
        var tlsPort = FreePort();
        await using var node = await RunningNode.StartAsync(new NodeSpec
        {
            ExtraYaml = $"tls:\n  port: {tlsPort}\n  certfile: '{certFile}'\n  keyfile: '{keyFile}'\n",
        });
        using var handler = new HttpClientHandler { ServerCertificateCustomValidationCallback = (_, _, _, _) => true };
        using var https = new HttpClient(handler);

        var answer = await https.GetStringAsync($"https://127.0.0.1:{tlsPort}/healthz", TestContext.Current.CancellationToken);

        Assert.Equal("""{"status":"ok"}""", answer);
        Assert.Contains(node.Host.Addresses, address => address.Scheme == "http");
    }

    [Fact]
    public async Task Heartbeat_drops_a_child_that_does_not_answer_from_the_listed_chains()
    {
        await using var alive = await RunningNode.StartAsync();
        await using var dead = await RunningNode.StartAsync();
        await dead.StopAsync();
        await using var root = await RunningNode.StartAsync(new NodeSpec
        {
            Chains = [ChainSpec.To("alive", alive), ChainSpec.To("dead", dead)],
            ExtraYaml = "polling:\n  heartbeat: 600\n",
        });

        await Eventually.HoldsAsync(
            async () => (await root.GetAsync("/v1/chains")).Json["chains"]!.AsArray().Count == 1,
            "the heartbeat to find the dead child");

        var chains = await root.GetAsync("/v1/chains");
        Assert.Equal("alive", chains.Json["chains"]![0]!.GetValue<string>());
    }

    private static (string CertFile, string KeyFile) WriteSelfSigned(string folder)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1));
        var certFile = Path.Combine(folder, "cert.pem");
        var keyFile = Path.Combine(folder, "key.pem");
        File.WriteAllText(certFile, certificate.ExportCertificatePem());
        File.WriteAllText(keyFile, key.ExportPkcs8PrivateKeyPem());
        return (certFile, keyFile);
    }

    private static int FreePort() => TestPorts.Free();
}
