namespace Overlord.Client.Http;

/// <summary>
/// Timeouts, connection pooling, TLS trust and retries of a client (reference §4). Use
/// <see cref="Chain"/> for a node calling its children and <see cref="Datacenter"/> for the CLI.
/// <see cref="System.Threading.Timeout.InfiniteTimeSpan"/> (or any non-positive value) means no limit.
/// </summary>
public sealed record ClientOptions
{
    /// <summary>A node calling a child: read 10 s, connect 5 s, 6 retries, no compression.</summary>
    public static ClientOptions Chain { get; } = new() { AcceptsCompression = false };

    /// <summary>The CLI calling a datacenter's entry node: read 120 s, connect 10 s, no retry (as the original).</summary>
    public static ClientOptions Datacenter { get; } = new()
    {
        ReadTimeout = TimeSpan.FromSeconds(120),
        ConnectTimeout = TimeSpan.FromSeconds(10),
        Retry = RetryOptions.None,
    };

    /// <summary>Bound of a whole call, retries and waits included. The original's <c>timeout</c> (0 = none).</summary>
    public TimeSpan Timeout { get; init; } = System.Threading.Timeout.InfiniteTimeSpan;

    /// <summary>
    /// Bound of one attempt, from sending to the last byte of the body. It stands in for the original's
    /// read and write timeouts, which HttpClient has no per-operation hooks for.
    /// </summary>
    public TimeSpan ReadTimeout { get; init; } = TimeSpan.FromSeconds(10);

    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Connections per server (the original's <c>max_connections</c>).</summary>
    public int MaxConnections { get; init; } = 1024;

    /// <summary>How long an idle pooled connection is kept (the original's <c>keepalive_expiry</c>).</summary>
    public TimeSpan KeepaliveExpiry { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>A PEM (or DER) file of the CAs that alone are trusted for the server's certificate.</summary>
    public string? CaCertFile { get; init; }

    /// <summary>A PEM file holding a client certificate and its key, for a server that asks for one (etcd).</summary>
    public string? ClientCertificateFile { get; init; }

    /// <summary>
    /// Whether requests ask for gzip (or another compression) and answers are decompressed. Off between nodes
    /// (<see cref="Chain"/>): on their network, compressing every small tree answer costs both ends more CPU than
    /// the bytes it saves.
    /// </summary>
    public bool AcceptsCompression { get; init; } = true;

    public RetryOptions Retry { get; init; } = new();

    /// <summary>The clock of retry waits and of <c>Retry-After</c> dates; tests replace it.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;
}
