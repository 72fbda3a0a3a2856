using System.Text.RegularExpressions;

namespace Overlord.Core;

/// <summary>
/// Passwords inside URLs (<c>http://user:password@host</c>), as chain entrypoints and agent repositories may hold
/// them (issue 11.7). Whatever prints or logs a URL, or text that may hold one, passes it through
/// <see cref="Redact"/>: <c>user:password@</c> becomes <c>user:***@</c>, and an http(s) user name alone
/// becomes <c>***@</c>, since a token is often given that way (<c>https://TOKEN@github.com/...</c>). The user
/// name of another scheme (<c>ssh://git@host</c>) is no secret and stays.
/// </summary>
public static partial class UrlCredentials
{
    /// <summary>What a password (or a token given as a user name) prints as.</summary>
    public const string Masked = "***";

    /// <summary><paramref name="text"/> with the credentials of every URL in it masked.</summary>
    public static string Redact(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return MayHoldCredentials(text) ? Credentials().Replace(text, Mask) : text;
    }

    /// <summary>
    /// Takes the credentials out of <paramref name="url"/>, so it can be stored or shown: for http and https the
    /// whole user information (returned, decoded, for a credential helper to give git); for other schemes only a
    /// password, which no other git transport reads from a URL. Null user and password when there are none.
    /// </summary>
    public static (string Url, string? UserName, string? Password) Split(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var match = MayHoldCredentials(url) ? LeadingCredentials().Match(url) : null;
        if (match is not { Success: true })
        {
            return (url, null, null);
        }

        var scheme = match.Groups["scheme"].Value;
        var (user, password) = UserAndPassword(match.Groups["userinfo"].Value);
        var rest = url[match.Length..];
        return IsHttp(scheme)
            ? ($"{scheme}://{rest}", Uri.UnescapeDataString(user), password is null ? null : Uri.UnescapeDataString(password))
            : ($"{scheme}://{user}@{rest}", null, null);
    }

    // No URL holds credentials without "://" and an '@': most text is let through without building the automaton,
    // which would cost every client made (a CLI command's start) a few milliseconds.
    private static bool MayHoldCredentials(string text) =>
        text.Contains("://", StringComparison.Ordinal) && text.Contains('@', StringComparison.Ordinal);

    private static string Mask(Match match)
    {
        var scheme = match.Groups["scheme"].Value;
        var (user, password) = UserAndPassword(match.Groups["userinfo"].Value);
        var masked = password is not null ? $"{user}:{Masked}" : IsHttp(scheme) ? Masked : user;
        return $"{scheme}://{masked}@";
    }

    private static (string User, string? Password) UserAndPassword(string userinfo)
    {
        var colon = userinfo.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? (userinfo, null) : (userinfo[..colon], userinfo[(colon + 1)..]);
    }

    private static bool IsHttp(string scheme) =>
        scheme.Equals("http", StringComparison.OrdinalIgnoreCase) || scheme.Equals("https", StringComparison.OrdinalIgnoreCase);

    // The user information runs to the last '@' before the path, query or fragment: a password may hold a raw '@'.
    [GeneratedRegex("""(?<scheme>[A-Za-z][A-Za-z0-9+.-]*)://(?<userinfo>[^/?#\s'"<>]*)@""", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex Credentials();

    [GeneratedRegex("""^(?<scheme>[A-Za-z][A-Za-z0-9+.-]*)://(?<userinfo>[^/?#\s'"<>]*)@""", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex LeadingCredentials();
}
