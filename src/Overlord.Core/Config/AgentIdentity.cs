namespace Overlord.Core.Config;

/// <summary><c>agent.identity</c>: the author and committer of the agent's notes commits.</summary>
public sealed record AgentIdentity
{
    public const string SectionName = "identity";

    public string Name { get; init; } = "Overlord Agent";

    /// <summary><c>overlord@&lt;hostname&gt;</c> by default.</summary>
    public string Email { get; init; } = DefaultEmail(ConfigHost.Current.HostName);

    /// <summary>The default address for a host.</summary>
    public static string DefaultEmail(string hostName) => $"overlord@{hostName}";
}
