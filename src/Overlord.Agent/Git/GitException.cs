using Overlord.Core;

namespace Overlord.Agent.Git;

/// <summary>
/// A git operation failed in a way the caller did not expect. Command and error never carry URL credentials. As
/// every failure that ends a command, it is an <see cref="OverlordException"/> (EX_SOFTWARE unless said otherwise).
/// </summary>
public sealed class GitException : OverlordException
{
    public GitException(string command, string error)
        : base(BuildMessage(command, error))
    {
        Command = UrlCredentials.Redact(command);
        Error = UrlCredentials.Redact(error);
    }

    /// <summary>The operation, written as the git command line that does the same.</summary>
    public string Command { get; }

    public string Error { get; }

    private static string BuildMessage(string command, string error)
    {
        var detail = UrlCredentials.Redact(error).Trim();
        var message = $"{UrlCredentials.Redact(command)} failed";
        return detail.Length == 0 ? message : $"{message}: {detail}";
    }
}
