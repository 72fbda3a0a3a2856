using Microsoft.Extensions.Logging;
using Overlord.Core;
using Overlord.Runtime.Processes;

namespace Overlord.Agent.Git;

/// <summary>
/// Drives the <c>git</c> command line on one repository (as Argo CD does), so every transport and credential
/// helper the operator already uses works. Each call gets an explicit environment and the settings it relies on,
/// so a user's global configuration cannot change what the agent parses.
/// </summary>
public sealed partial class GitCli
{
    /// <summary>The empty tree: diffing from it lists every file (the first sync).</summary>
    public const string EmptyTreeSha = "4b825dc642cb6eb9a060e54bf8d69288fbee4904";

    // Settings that would change output or behaviour if a user had them in a global config.
    private static readonly string[] PinnedSettings =
    [
        "-c", "color.ui=never",
        "-c", "core.quotePath=false",
        "-c", "log.showSignature=false",
        "-c", "core.hooksPath=/dev/null",
    ];

    // Variables only the git child process gets: the password never reaches a command line or a file (issue 11.7).
    private const string UserNameVariable = "OVERLORD_GIT_USERNAME";
    private const string PasswordVariable = "OVERLORD_GIT_PASSWORD";

    // The empty value first clears the helpers of the user's own config; ours answers only "get", so git never
    // asks anything to store the credentials. Git runs a helper that starts with '!' through the shell.
    private static readonly string[] CredentialHelper =
    [
        "-c", "credential.helper=",
        "-c", $"credential.helper=!f() {{ test \"$1\" = get || exit 0; printf 'username=%s\\npassword=%s\\n' \"${UserNameVariable}\" \"${PasswordVariable}\"; }}; f",
    ];

    private readonly GitCliOptions _options;
    private readonly ILogger<GitCli> _logger;

    // The configured repository's user and password, taken out of its URL by EnsureMirrorAsync.
    private RemoteCredentials? _remoteCredentials;

    public GitCli(GitCliOptions options, ILogger<GitCli> logger)
    {
        _options = options;
        _logger = logger;
        RepositoryPath = Path.GetFullPath(options.RepositoryPath);
    }

    public string RepositoryPath { get; }

    public string RemoteName => _options.RemoteName;

    private Task<ToolResult> RunAsync(IReadOnlyList<string> arguments, string? standardInput, CancellationToken cancellationToken) =>
        RunAsync(arguments, standardInput, _remoteCredentials, cancellationToken);

    private async Task<ToolResult> RunAsync(IReadOnlyList<string> arguments, string? standardInput, RemoteCredentials? credentials, CancellationToken cancellationToken)
    {
        _logger.LogDebug("Running git {Arguments} in {Repository}", UrlCredentials.Redact(string.Join(' ', arguments)), RepositoryPath);
        return await ToolRunner.RunAsync(_options.GitExecutable, [.. PinnedSettings, .. Helper(credentials), .. arguments], CreateRunOptions(standardInput, credentials), cancellationToken);
    }

    private async Task<ToolBytesResult> RunForBytesAsync(IReadOnlyList<string> arguments, string? standardInput, CancellationToken cancellationToken)
    {
        _logger.LogDebug("Running git {Arguments} in {Repository}", UrlCredentials.Redact(string.Join(' ', arguments)), RepositoryPath);
        var credentials = _remoteCredentials;
        return await ToolRunner.RunForBytesAsync(_options.GitExecutable, [.. PinnedSettings, .. Helper(credentials), .. arguments], CreateRunOptions(standardInput, credentials), cancellationToken);
    }

    // Without credentials in the URL, git uses whatever helpers the operator configured.
    private static string[] Helper(RemoteCredentials? credentials) => credentials is null ? [] : CredentialHelper;

    /// <summary>Runs git and returns its stdout; any non-zero exit is unexpected and becomes a <see cref="GitException"/>.</summary>
    private async Task<string> RunCheckedAsync(IReadOnlyList<string> arguments, CancellationToken cancellationToken, string? standardInput = null)
    {
        var result = await RunAsync(arguments, standardInput, cancellationToken);
        return result.Succeeded ? result.StdOut : throw Failure(arguments, result.ExitCode, result.StdErr);
    }

    private static GitException Failure(IReadOnlyList<string> arguments, int exitCode, string standardError) =>
        new("git " + string.Join(' ', arguments), exitCode, standardError);

    private ToolRunOptions CreateRunOptions(string? standardInput, RemoteCredentials? credentials)
    {
        var identity = _options.Identity;
        var environment = new Dictionary<string, string>
        {
            ["GIT_TERMINAL_PROMPT"] = "0",
            ["LC_ALL"] = "C",
            ["GIT_DIR"] = RepositoryPath,
            ["GIT_AUTHOR_NAME"] = identity.Name,
            ["GIT_AUTHOR_EMAIL"] = identity.Email,
            ["GIT_COMMITTER_NAME"] = identity.Name,
            ["GIT_COMMITTER_EMAIL"] = identity.Email,
        };
        if (credentials is not null)
        {
            environment[UserNameVariable] = credentials.UserName;
            environment[PasswordVariable] = credentials.Password.Reveal();
        }

        return new ToolRunOptions
        {
            Environment = environment,
            StandardInput = standardInput,
            Timeout = _options.CommandTimeout,
            WorkingDirectory = Directory.Exists(RepositoryPath) ? RepositoryPath : null,
        };
    }

    private static void RequireRevision(string revision)
    {
        // A revision that starts with '-' would be read as an option.
        if (revision.Length == 0 || revision[0] == '-')
        {
            throw new ArgumentException($"'{revision}' is not a git revision", nameof(revision));
        }
    }
}
