using Overlord.Server.Auth;

namespace Overlord.Testing.Nodes;

/// <summary>A node's secret chosen before it starts, so another node can hold its token first (a cycle).</summary>
public sealed record NodeKey(string Secret)
{
    public string Token { get; } = new TokenService(SigningKey.FromSecret(Secret), TimeProvider.System).Issue(new Dictionary<string, string>(), null);

    public static NodeKey New() => new("key-" + Guid.NewGuid().ToString("N"));
}
