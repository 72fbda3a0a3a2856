using System.Net;
using System.Text.RegularExpressions;

namespace Overlord.Core.Config;

/// <summary>Checks host names (RFC 1123) and IP addresses in config values.</summary>
internal static partial class NetworkNames
{
    // The length is checked in code: a lookahead would rule out the non-backtracking engine (issue 11.2).
    private const int MaxHostNameLength = 253;

    [GeneratedRegex("^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\\.?\\z", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex HostNamePattern();

    /// <summary>True for an IPv4 or IPv6 address (without brackets).</summary>
    public static bool IsAddress(string text) => text.Length > 0 && IPAddress.TryParse(text, out _) && (text.Contains(':', StringComparison.Ordinal) || text.Count(c => c == '.') == 3);

    /// <summary>True for an IP address or a host name such as <c>node-1.example.org</c>.</summary>
    public static bool IsHostOrAddress(string text) => IsAddress(text) || (text.Length <= MaxHostNameLength && HostNamePattern().IsMatch(text) && !IsAllDigitsAndDots(text));

    // "1.2.3" parses as an address in .NET and "300.1.1.1" matches the name pattern: neither is meant as a host.
    private static bool IsAllDigitsAndDots(string text) => text.All(c => char.IsAsciiDigit(c) || c == '.');
}
