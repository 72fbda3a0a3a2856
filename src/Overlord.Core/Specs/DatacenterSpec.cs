namespace Overlord.Core.Specs;

/// <summary>
/// One entry of <c>datacenters</c>: how the client reaches a root node. Nothing is required at load
/// time (as in the original), so placeholders and empty strings load; the commands that connect check.
/// Timeouts are in seconds; a negative timeout means none.
/// </summary>
public sealed record DatacenterSpec
{
    public const long DefaultTimeout = 0;
    public const long DefaultReadTimeout = 120;
    public const long DefaultWriteTimeout = 120;
    public const long DefaultConnectTimeout = 10;
    public const long DefaultPoolTimeout = 60;
    public const long DefaultMaxKeepaliveConnections = 1000;
    public const long DefaultMaxConnections = 1024;
    public const long DefaultKeepaliveExpiry = 60;

    /// <summary>The node's URL (<c>http://host:8888</c>).</summary>
    public string? Entrypoint { get; init; }

    /// <summary>The token made by <c>gen-token</c> on that node; printed as <c>***</c>.</summary>
    public Secret? AccessToken { get; init; }

    public long Timeout { get; init; } = DefaultTimeout;

    public long ReadTimeout { get; init; } = DefaultReadTimeout;

    public long WriteTimeout { get; init; } = DefaultWriteTimeout;

    public long ConnectTimeout { get; init; } = DefaultConnectTimeout;

    public long PoolTimeout { get; init; } = DefaultPoolTimeout;

    public long MaxKeepaliveConnections { get; init; } = DefaultMaxKeepaliveConnections;

    public long MaxConnections { get; init; } = DefaultMaxConnections;

    public long KeepaliveExpiry { get; init; } = DefaultKeepaliveExpiry;

    /// <summary>A CA bundle to verify the node's certificate with.</summary>
    public string? Cacert { get; init; }
}
