using Overlord.Core;

namespace Overlord.Agent.Git;

/// <summary>A git command failed in a way the caller did not expect. Command and stderr never carry URL credentials.</summary>
public sealed class GitException : Exception
{
    public GitException(string command, int exitCode, string standardError)
        : base(BuildMessage(command, exitCode, standardError))
    {
        Command = UrlCredentials.Redact(command);
        ExitCode = exitCode;
        StandardError = UrlCredentials.Redact(standardError);
    }

    public string Command { get; }

    public int ExitCode { get; }

    public string StandardError { get; }

    private static string BuildMessage(string command, int exitCode, string standardError)
    {
        var error = UrlCredentials.Redact(standardError).Trim();
        var message = $"{UrlCredentials.Redact(command)} failed with exit code {exitCode}";
        return error.Length == 0 ? message : $"{message}: {error}";
    }
}
