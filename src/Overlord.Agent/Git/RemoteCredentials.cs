using Overlord.Core;

namespace Overlord.Agent.Git;

/// <summary>The user and password an http(s) repository URL carried, kept in memory for git's credential helper.</summary>
internal sealed record RemoteCredentials(string UserName, Secret Password)
{
    /// <summary>The URL without its credentials, and the credentials when it had any.</summary>
    public static (string Url, RemoteCredentials? Credentials) Take(string url)
    {
        var (bare, user, password) = UrlCredentials.Split(url);
        return (bare, user is null ? null : new RemoteCredentials(user, new Secret(password ?? "")));
    }
}
