namespace Overlord.Core.Config;

/// <summary>
/// Timeouts and connection limits of an HTTP client (a chain, the Data Plane API, the HAProxy stats page).
/// A null timeout means no limit: in <c>overlord.yml</c>, 0 or a negative number. <see cref="Timeout"/> bounds a
/// whole request (the original passed it to httpx, where the four specific timeouts overrode it).
/// </summary>
public sealed record HttpClientSettings
{
    /// <summary>The defaults of a chain client (reference section 4).</summary>
    public static HttpClientSettings ChainDefaults { get; } = new();

    /// <summary>The defaults of the Data Plane API and HAProxy stats clients.</summary>
    public static HttpClientSettings HaproxyDefaults { get; } = new()
    {
        ReadTimeout = TimeSpan.FromSeconds(30),
        WriteTimeout = TimeSpan.FromSeconds(30),
        ConnectTimeout = TimeSpan.FromSeconds(10),
    };

    public TimeSpan? Timeout { get; init; }

    public TimeSpan? ReadTimeout { get; init; } = TimeSpan.FromSeconds(10);

    public TimeSpan? WriteTimeout { get; init; } = TimeSpan.FromSeconds(10);

    public TimeSpan? ConnectTimeout { get; init; } = TimeSpan.FromSeconds(5);

    public TimeSpan? PoolTimeout { get; init; } = TimeSpan.FromSeconds(60);

    public int MaxKeepaliveConnections { get; init; } = 1000;

    public int MaxConnections { get; init; } = 1024;

    public TimeSpan KeepaliveExpiry { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>A CA bundle (PEM) to trust for this endpoint instead of the system's, or null.</summary>
    public string? CaCert { get; init; }
}
