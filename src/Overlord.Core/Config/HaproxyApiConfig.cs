namespace Overlord.Core.Config;

/// <summary><c>dataplaneapi</c> or <c>haproxy_stats</c>: an HAProxy HTTP endpoint with basic authentication.</summary>
public sealed record HaproxyApiConfig
{
    public const string DataPlaneApiSectionName = "dataplaneapi";
    public const string HaproxyStatsSectionName = "haproxy_stats";

    public required string Entrypoint { get; init; }

    public required string Username { get; init; }

    public required Secret Password { get; init; }

    public HttpClientSettings Http { get; init; } = HttpClientSettings.HaproxyDefaults;
}
