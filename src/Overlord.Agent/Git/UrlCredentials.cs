using System.Text.RegularExpressions;

namespace Overlord.Agent.Git;

/// <summary>Removes <c>user:password@</c> from URLs in text meant for messages, logs and notes.</summary>
public static partial class UrlCredentials
{
    public static string Redact(string text) => CredentialsPattern().Replace(text, "://");

    [GeneratedRegex(@"://[^/@\s'""]+@", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex CredentialsPattern();
}
