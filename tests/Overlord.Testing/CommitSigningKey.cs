using System.Diagnostics;

namespace Overlord.Testing;

/// <summary>
/// A key the test makes to sign commits with: an SSH key (ssh-keygen, no passphrase) with an allowed-signers file
/// naming it, or an OpenPGP key (gpg in batch mode, in a GnuPG home of its own) with a binary keyring holding it.
/// <see cref="CommitAsync"/> makes a real signed commit with git. Disposing stops the GnuPG home's agent.
/// </summary>
public sealed class CommitSigningKey : IDisposable
{
    private static readonly TimeSpan ToolTimeout = TimeSpan.FromSeconds(60);

    private readonly string? _gnupgHome;
    private readonly string[] _gitConfig;

    private CommitSigningKey(string[] gitConfig, string? gnupgHome)
    {
        _gitConfig = gitConfig;
        _gnupgHome = gnupgHome;
    }

    /// <summary>The allowed-signers file naming this SSH key (<c>principal namespaces="git" key</c>).</summary>
    public string? AllowedSignersFile { get; private init; }

    /// <summary>The public key of this SSH key, one line.</summary>
    public string? PublicKey { get; private init; }

    /// <summary>A binary keyring (<c>gpg --export</c>) holding this OpenPGP key.</summary>
    public string? KeyringFile { get; private init; }

    /// <summary>This OpenPGP key's fingerprint, upper-case hex.</summary>
    public string? Fingerprint { get; private init; }

    public static async Task<CommitSigningKey> CreateSshAsync(string folder, string principal, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder);
        var keyFile = Path.Combine(folder, "id_ed25519");
        await RunAsync("ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-C", principal, "-f", keyFile], null, cancellationToken);
        var publicKey = (await File.ReadAllTextAsync(keyFile + ".pub", cancellationToken)).Trim();
        var allowedSigners = Path.Combine(folder, "allowed_signers");
        await File.WriteAllTextAsync(allowedSigners, $"{principal} namespaces=\"git\" {publicKey}\n", cancellationToken);
        return new CommitSigningKey(["-c", "gpg.format=ssh", "-c", "user.signingkey=" + keyFile], null) { AllowedSignersFile = allowedSigners, PublicKey = publicKey };
    }

    public static async Task<CommitSigningKey> CreateGpgAsync(string folder, string email, CancellationToken cancellationToken)
    {
        var home = Path.Combine(folder, "gnupg");
        Directory.CreateDirectory(home);
        File.SetUnixFileMode(home, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        string[] gpg = ["--homedir", home, "--batch", "--no-tty"];
        await RunAsync("gpg", [.. gpg, "--pinentry-mode", "loopback", "--passphrase", "", "--quick-generate-key", $"Signer <{email}>", "ed25519", "sign", "never"], null, cancellationToken);
        var listing = await RunAsync("gpg", [.. gpg, "--with-colons", "--list-secret-keys", email], null, cancellationToken);
        var fingerprint = listing.Split('\n').First(line => line.StartsWith("fpr:", StringComparison.Ordinal)).Split(':')[9];
        var keyring = Path.Combine(folder, "keyring.gpg");
        await RunAsync("gpg", [.. gpg, "--output", keyring, "--export", fingerprint], null, cancellationToken);
        return new CommitSigningKey(["-c", "gpg.format=openpgp", "-c", "user.signingkey=" + fingerprint], home) { KeyringFile = keyring, Fingerprint = fingerprint };
    }

    /// <summary>Commits everything in <paramref name="work"/> (empty commits too), signed with this key.</summary>
    public async Task CommitAsync(string work, string message, CancellationToken cancellationToken)
    {
        await RunAsync("git", ["-C", work, "add", "-A"], _gnupgHome, cancellationToken);
        await RunAsync("git", ["-C", work, .. _gitConfig, "commit", "-q", "--allow-empty", "-S", "-m", message], _gnupgHome, cancellationToken);
    }

    public void Dispose()
    {
        if (_gnupgHome is not null)
        {
            // gpg started an agent for this home to make the key and sign; it would outlive the test.
            using var kill = Process.Start(new ProcessStartInfo("gpgconf", ["--homedir", _gnupgHome, "--kill", "all"]) { UseShellExecute = false });
            kill?.WaitForExit(ToolTimeout);
        }
    }

    private static async Task<string> RunAsync(string tool, string[] arguments, string? gnupgHome, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(tool, arguments) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.Environment["GIT_AUTHOR_NAME"] = start.Environment["GIT_COMMITTER_NAME"] = "Signer";
        start.Environment["GIT_AUTHOR_EMAIL"] = start.Environment["GIT_COMMITTER_EMAIL"] = "signer@example.org";
        if (gnupgHome is not null)
        {
            start.Environment["GNUPGHOME"] = gnupgHome;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(ToolTimeout);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return process.ExitCode == 0
            ? await output
            : throw new InvalidOperationException($"{tool} {string.Join(' ', arguments)} failed ({process.ExitCode}): {await errors}");
    }
}
