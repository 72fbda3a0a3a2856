using System.Security.Cryptography.X509Certificates;
using Overlord.Client.Http;
using Overlord.Client.Tests.Support;
using Overlord.Core;
using Overlord.Testing;

namespace Overlord.Client.Tests;

public sealed class CaCertTests : IDisposable
{
    private readonly TempDirectory _folder = new("overlord-client-ca");

    [Fact]
    public async Task Server_certificate_signed_by_the_cacert_is_accepted()
    {
        using var authority = TestCertificates.CreateAuthority("Overlord Test CA");
        using var server = TestCertificates.CreateServer(authority, "127.0.0.1");
        await using var node = await FakeNode.StartAsync(server);
        node.On("GET", "/v1/ping", Canned.Ok("""{"status_code": 200, "status": "OK"}"""));

        var client = node.Client(handlerOptions: TestOptions.Fast with { CaCertFile = WritePem("ca.pem", authority) });
        var result = await client.PingAsync(TestContext.Current.CancellationToken);

        Assert.True(result.IsSuccess, result.Message);
    }

    [Fact]
    public async Task Server_certificate_from_another_authority_is_refused()
    {
        using var authority = TestCertificates.CreateAuthority("Overlord Test CA");
        using var stranger = TestCertificates.CreateAuthority("Somebody Else");
        using var server = TestCertificates.CreateServer(stranger, "127.0.0.1");
        await using var node = await FakeNode.StartAsync(server);

        var client = node.Client(TestOptions.Fast with { Retry = RetryOptions.None }, TestOptions.Fast with { CaCertFile = WritePem("ca.pem", authority) });
        var result = await client.PingAsync(TestContext.Current.CancellationToken);

        Assert.Equal(ApiFailure.Network, result.Failure);
        Assert.Contains(node.Client().Entrypoint, result.Message, StringComparison.Ordinal);
        Assert.Empty(node.Requests);
    }

    [Fact]
    public async Task Certificate_for_another_host_is_refused_even_from_the_cacert()
    {
        using var authority = TestCertificates.CreateAuthority("Overlord Test CA");
        using var server = TestCertificates.CreateServer(authority, "10.9.8.7");
        await using var node = await FakeNode.StartAsync(server);

        var client = node.Client(TestOptions.Fast with { Retry = RetryOptions.None }, TestOptions.Fast with { CaCertFile = WritePem("ca.pem", authority) });
        var result = await client.PingAsync(TestContext.Current.CancellationToken);

        Assert.Equal(ApiFailure.Network, result.Failure);
    }

    [Fact]
    public void Unreadable_cacert_is_a_config_error()
    {
        var options = new ClientOptions { CaCertFile = Path.Combine(_folder.Path, "missing.pem") };

        var error = Assert.Throws<OverlordException>(() => HttpClientFactory.CreateHandler(options));

        Assert.Equal(ExitCodes.Config, error.ExitCode);
        Assert.Contains("missing.pem", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();

    private string WritePem(string name, X509Certificate2 certificate)
    {
        var path = Path.Combine(_folder.Path, name);
        File.WriteAllText(path, certificate.ExportCertificatePem());
        return path;
    }
}
