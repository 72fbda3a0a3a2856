namespace Overlord.Core.Config;

/// <summary><c>chains.&lt;name&gt;</c>: a child node, reached at <see cref="Entrypoint"/> with a token it minted.</summary>
public sealed record ChainConfig
{
    public const string SectionName = "chains";

    /// <summary>The child's URL (<c>http://host:8888</c>).</summary>
    public required string Entrypoint { get; init; }

    /// <summary>A token made by the child's <c>gen-token</c>.</summary>
    public required Secret AccessToken { get; init; }

    public HttpClientSettings Http { get; init; } = HttpClientSettings.ChainDefaults;

    /// <summary>True to skip this child everywhere.</summary>
    public bool Disable { get; init; }

    public RetryPolicyConfig Retry { get; init; } = new();
}
