using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Overlord.Testing;

namespace Overlord.Agent.Tests.Support;

/// <summary>
/// The system's sshd on 127.0.0.1 and a free port, with a throwaway host key and a throwaway client key allowed to
/// log in as the current user; it serves that user's files, so a repository is reachable by its absolute path.
/// test.sh installs sshd, so a missing one fails the test instead of skipping it.
/// </summary>
internal sealed class LocalSshServer : IDisposable
{
    private const string Sshd = "/usr/sbin/sshd";

    private readonly TempDirectory _directory = new();
    private Process? _process;

    private LocalSshServer()
    {
    }

    public int Port { get; private set; }

    /// <summary>The private key the server accepts.</summary>
    public string ClientKey => _directory.Combine("client_key");

    /// <summary>A known_hosts file that holds the server's real host key for [127.0.0.1]:PORT.</summary>
    public string KnownHosts => _directory.Combine("known_hosts");

    /// <summary>A known_hosts file that names another key for the same host: an impostor to the client.</summary>
    public string WrongKnownHosts => _directory.Combine("wrong_known_hosts");

    public string User { get; } = Environment.UserName;

    public static async Task<LocalSshServer> StartAsync()
    {
        if (!File.Exists(Sshd))
        {
            throw new InvalidOperationException($"{Sshd} is missing: install openssh-server (test.sh does) to run the SSH tests");
        }

        var server = new LocalSshServer();
        await server.StartProcessAsync();
        return server;
    }

    public string UrlOf(string repositoryPath) => $"ssh://{User}@127.0.0.1:{Port}{Path.GetFullPath(repositoryPath)}";

    /// <summary>
    /// A program for core.sshCommand (libgit2 runs it as one path, without a shell): the system ssh with the
    /// throwaway key and strict host-key checking against <paramref name="knownHosts"/>.
    /// </summary>
    public string SshCommand(string knownHosts)
    {
        var script = _directory.Combine($"ssh-{Path.GetFileName(knownHosts)}");
        File.WriteAllText(script, $"""
            #!/bin/sh
            exec ssh -i {ClientKey} -o IdentitiesOnly=yes -o BatchMode=yes -o StrictHostKeyChecking=yes -o UserKnownHostsFile={knownHosts} "$@"

            """);
        File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return script;
    }

    public void Dispose()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process?.Dispose();
        _directory.Dispose();
    }

    private async Task StartProcessAsync()
    {
        await KeygenAsync("host_key");
        await KeygenAsync("client_key");
        await KeygenAsync("other_key");
        Port = FreePort();
        var hostKey = File.ReadAllText(_directory.Combine("host_key.pub")).Split(' ');
        var otherKey = File.ReadAllText(_directory.Combine("other_key.pub")).Split(' ');
        File.WriteAllText(KnownHosts, $"[127.0.0.1]:{Port} {hostKey[0]} {hostKey[1]}\n");
        File.WriteAllText(WrongKnownHosts, $"[127.0.0.1]:{Port} {otherKey[0]} {otherKey[1]}\n");
        File.Copy(_directory.Combine("client_key.pub"), _directory.Combine("authorized_keys"));
        File.WriteAllText(_directory.Combine("sshd_config"), $"""
            ListenAddress 127.0.0.1
            Port {Port}
            HostKey {_directory.Combine("host_key")}
            AuthorizedKeysFile {_directory.Combine("authorized_keys")}
            PidFile {_directory.Combine("sshd.pid")}
            PasswordAuthentication no
            KbdInteractiveAuthentication no
            PubkeyAuthentication yes
            PermitRootLogin prohibit-password
            StrictModes no
            UsePAM no

            """);
        if (OperatingSystem.IsLinux() && Environment.UserName == "root")
        {
            // sshd started as root wants its privilege separation folder, which its service unit usually makes.
            Directory.CreateDirectory("/run/sshd");
        }

        var start = new ProcessStartInfo(Sshd) { RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "-D", "-e", "-f", _directory.Combine("sshd_config") })
        {
            start.ArgumentList.Add(argument);
        }

        _process = Process.Start(start)!;
        var errors = _process.StandardError.ReadToEndAsync();
        await Eventually.HoldsAsync(() => Task.FromResult(_process.HasExited || Listening(Port)), "sshd to listen");
        if (_process.HasExited)
        {
            throw new InvalidOperationException($"sshd exited with {_process.ExitCode}: {await errors}");
        }
    }

    private async Task KeygenAsync(string name)
    {
        var start = new ProcessStartInfo("ssh-keygen") { UseShellExecute = false, RedirectStandardOutput = true };
        foreach (var argument in new[] { "-q", "-t", "ed25519", "-N", "", "-f", _directory.Combine(name) })
        {
            start.ArgumentList.Add(argument);
        }

        using var keygen = Process.Start(start)!;
        await keygen.WaitForExitAsync(TestContext.Current.CancellationToken);
        Assert.Equal(0, keygen.ExitCode);
    }

    private static int FreePort() => TestPorts.Free();

    private static bool Listening(int port)
    {
        try
        {
            using var client = new TcpClient();
            client.Connect(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
