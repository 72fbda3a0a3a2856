using System.Security.Cryptography.X509Certificates;
using Overlord.Core;
using Overlord.Testing;

namespace Overlord.Cli.Tests.Walkthroughs;

/// <summary>
/// Issue 12.2: the agent's commands reach a node served over TLS with a private CA as <c>apply</c> does. With
/// <c>--cacert</c> (or OVERLORD_CACERT) naming the CA, sync, agent-status and history succeed; without it, each
/// refuses the certificate with a non-zero exit and says so.
/// </summary>
public sealed class PrivateCaAgentWalkthroughTests : IAsyncDisposable
{
    private readonly WalkthroughRepository _repository = new("overlord-private-ca");
    private readonly ServedTree _served = new();
    private ServeProcess? _node;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask DisposeAsync()
    {
        await _served.DisposeAsync();

        _repository.Dispose();
    }

    [Fact]
    public async Task Sync_agent_status_and_history_trust_the_private_ca_they_are_given_and_only_it()
    {
        var (caFile, certFile, keyFile) = WriteCertificates(_repository.Folder.Combine("tls"));
        await _repository.InitAsync();
        await _repository.PushAsync("first", ("README.md", "specs\n"));
        var port = ServeProcess.FreePort();
        var tlsPort = ServeProcess.FreePort();
        var config = _repository.Folder.Write("node/overlord.yml", $"""
            listen: 127.0.0.1
            port: {port}
            runtime: process
            data_dir: '{_repository.Folder.Combine("node", "data")}'
            tls:
              port: {tlsPort}
              certfile: '{certFile}'
              keyfile: '{keyFile}'
            agent:
              repository: {_repository.Origin}
              interval: 3600
            """);
        var token = await OverlordExecutable.GenTokenAsync(config);
        _node = await _served.StartAsync(config, WalkthroughRepository.BareGit);
        string[] node = ["--entrypoint", $"https://127.0.0.1:{tlsPort}", "--token", token];

        var sync = await _repository.OverlordAsync([], ["sync", "--wait", .. node, "--cacert", caFile]);
        var status = await _repository.OverlordAsync([], ["agent-status", .. node, "--cacert", caFile]);
        var history = await _repository.OverlordAsync(new() { ["OVERLORD_CACERT"] = caFile }, ["history", .. node]);

        Assert.True(sync.ExitCode == ExitCodes.Ok, sync.StdOut + sync.StdErr);
        Assert.True(status.ExitCode == ExitCodes.Ok && status.StdOut.Contains("last sync:", StringComparison.Ordinal), status.StdOut + status.StdErr);
        Assert.True(history.ExitCode == ExitCodes.Ok, history.StdOut + history.StdErr);

        foreach (var command in new[] { "sync", "agent-status", "history" })
        {
            var refused = await _repository.OverlordAsync([], [command, .. node]);
            Assert.True(refused.ExitCode != ExitCodes.Ok, $"{command} trusted a certificate no CA it knows signed:\n{refused.StdOut}{refused.StdErr}");
            Assert.Contains("certificate", refused.StdErr, StringComparison.OrdinalIgnoreCase);
        }
    }

    /// <summary>A throwaway CA and a certificate for 127.0.0.1 signed by it, as PEM files.</summary>
    private static (string Ca, string Cert, string Key) WriteCertificates(string folder)
    {
        Directory.CreateDirectory(folder);
        using var ca = TestCertificates.CreateAuthority("Overlord test CA");
        using var server = TestCertificates.CreateServer(ca, "127.0.0.1");
        using var key = server.GetECDsaPrivateKey()!;
        var files = (Path.Combine(folder, "ca.pem"), Path.Combine(folder, "node.pem"), Path.Combine(folder, "node.key"));
        File.WriteAllText(files.Item1, ca.ExportCertificatePem());
        File.WriteAllText(files.Item2, server.ExportCertificatePem());
        File.WriteAllText(files.Item3, key.ExportPkcs8PrivateKeyPem());
        return files;
    }
}
