namespace Overlord.Core.Config;

/// <summary><c>skydns</c>: where SkyDNS records go in etcd.</summary>
public sealed record SkyDnsConfig
{
    public const string SectionName = "skydns";

    /// <summary>The key prefix in etcd.</summary>
    public string Path { get; init; } = "/skydns";

    /// <summary>The DNS zone of the records.</summary>
    public string Zone { get; init; } = ".";
}
