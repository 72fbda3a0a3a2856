namespace Overlord.Core.Config;

/// <summary><c>etcd.&lt;host&gt;</c>: one etcd endpoint; the host name is the key.</summary>
public sealed record EtcdHostConfig
{
    public const string SectionName = "etcd";

    /// <summary>The endpoints used when <c>etcd</c> is left out: <c>localhost:2379</c> over http.</summary>
    public static IReadOnlyDictionary<string, EtcdHostConfig> Defaults { get; } =
        new Dictionary<string, EtcdHostConfig>(StringComparer.Ordinal) { ["localhost"] = new() }.AsReadOnly();

    public int Port { get; init; } = 2379;

    /// <summary><c>http</c> or <c>https</c>.</summary>
    public string Protocol { get; init; } = "http";

    public string? CaCert { get; init; }

    public string? CertKey { get; init; }

    /// <summary>Null: the client's default.</summary>
    public TimeSpan? Timeout { get; init; }

    /// <summary>The gateway's path (<c>/v3</c>), or null for the client's default.</summary>
    public string? ApiPath { get; init; }
}
