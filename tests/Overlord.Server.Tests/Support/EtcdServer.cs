using System.Diagnostics;
using System.Text;

namespace Overlord.Server.Tests.Support;

/// <summary>
/// A real etcd (Debian's etcd-server) on free loopback ports with its data in a temp folder, killed on dispose.
/// A missing binary fails the test: CI installs etcd-server, and a skipped test would prove nothing.
/// </summary>
public sealed partial class EtcdServer : IAsyncLifetime
{
    private readonly TempDirectory _folder = new();
    private readonly StringBuilder _output = new();
    private Process? _process;

    public int ClientPort { get; private set; }

    public Uri ClientUrl => new($"http://127.0.0.1:{ClientPort}");

    /// <summary>An <c>etcd:</c> section of overlord.yml that points at this server.</summary>
    public string ConfigYaml => $"etcd:\n  127.0.0.1:\n    port: {ClientPort}\n";

    public static async Task<EtcdServer> StartAsync()
    {
        var server = new EtcdServer();
        await server.InitializeAsync();
        return server;
    }

    /// <summary>Starts it (as a class fixture, or through <see cref="StartAsync"/>).</summary>
    public async ValueTask InitializeAsync() => await RunAsync();

    /// <summary>A loopback port nothing listens on (bound, read and released).</summary>
    public static int FreePort() => TestPorts.Free();

    public async ValueTask DisposeAsync()
    {
        if (_process is { } process)
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync(CancellationToken.None);
            }

            process.Dispose();
        }

        _folder.Dispose();
    }

    private static string Executable() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Append("/usr/bin").Append("/usr/local/bin")
            .Select(folder => Path.Combine(folder, "etcd"))
            .FirstOrDefault(File.Exists)
        ?? throw new InvalidOperationException(
            "etcd is not installed: these tests need a real etcd (Debian: apt-get install etcd-server; FreeBSD: pkg install coreos-etcd34)");
}
