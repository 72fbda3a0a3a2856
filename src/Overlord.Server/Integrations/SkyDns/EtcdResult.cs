namespace Overlord.Server.Integrations.SkyDns;

/// <summary>The answer of an etcd call, or why no host could give it.</summary>
public sealed record EtcdResult<T>(T? Value, string? Error)
{
    public bool Succeeded => Error is null;
}
