using System.Globalization;

namespace Overlord.Core.Config;

/// <summary>
/// <c>beanstalkd_addr</c>: <c>host:port</c>, <c>[v6-address]:port</c> or <c>unix:/path</c>. Accepted so that an
/// original <c>overlord.yml</c> loads; this Overlord queues jobs in SQLite and never connects to it.
/// </summary>
public sealed record BeanstalkdAddress
{
    public const int DefaultPort = 11300;

    /// <summary>The original's default, <c>127.0.0.1:11300</c>.</summary>
    public static BeanstalkdAddress Default { get; } = new() { Host = "127.0.0.1", Port = DefaultPort };

    /// <summary>The host or IP address; null for a UNIX socket.</summary>
    public string? Host { get; init; }

    public int Port { get; init; }

    /// <summary>The socket path for <c>unix:/path</c>, else null.</summary>
    public string? UnixPath { get; init; }

    /// <summary>The address as it is written in <c>overlord.yml</c>.</summary>
    public override string ToString() =>
        UnixPath is not null ? $"unix:{UnixPath}" : Host!.Contains(':', StringComparison.Ordinal) ? $"[{Host}]:{Port}" : $"{Host}:{Port}";

    /// <summary>Parses an address; on failure <paramref name="problem"/> says what is wrong, in words.</summary>
    public static BeanstalkdAddress? Parse(string text, out string problem)
    {
        ArgumentNullException.ThrowIfNull(text);
        problem = "";
        if (text.StartsWith("unix:", StringComparison.Ordinal))
        {
            var path = text["unix:".Length..];
            if (path.Length == 0)
            {
                problem = "'unix:' must be followed by the socket's path, e.g. unix:/var/run/beanstalkd.sock";
                return null;
            }

            return new BeanstalkdAddress { UnixPath = path };
        }

        var colon = text.LastIndexOf(':');
        if (colon < 0)
        {
            problem = $"'{text}' has no port; write host:port (beanstalkd listens on {DefaultPort}) or unix:/path";
            return null;
        }

        var host = text[..colon];
        if (host.StartsWith('[') && host.EndsWith(']'))
        {
            host = host[1..^1];
        }
        else if (host.Contains(':', StringComparison.Ordinal))
        {
            problem = $"'{text}': put an IPv6 address in brackets, e.g. [::1]:{DefaultPort}";
            return null;
        }

        if (!NetworkNames.IsHostOrAddress(host))
        {
            problem = $"'{host}' is not a host name or an IP address; write host:port or unix:/path";
            return null;
        }

        if (!int.TryParse(text[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port is < 1 or > 65535)
        {
            problem = $"'{text[(colon + 1)..]}' is not a port; it must be a number between 1 and 65535";
            return null;
        }

        return new BeanstalkdAddress { Host = host, Port = port };
    }
}
