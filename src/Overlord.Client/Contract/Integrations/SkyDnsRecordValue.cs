namespace Overlord.Client.Contract;

/// <summary>
/// The fields the node reads back from a SkyDNS record in etcd. The node writes <c>{"host", "ttl", "group"}</c>
/// (A/AAAA), <c>{"host", "group"}</c> (PTR) and <c>{"host", "port", "priority", "weight", "ttl", "group"}</c> (SRV) in
/// Python's <c>json.dumps</c> spacing, which no serializer option gives (see SkyDnsValue); the other fields are
/// skipped on reading, so a record someone wrote with odd numbers still tells its host and group.
/// </summary>
public sealed record SkyDnsRecordValue
{
    public string? Host { get; init; }

    public string? Group { get; init; }
}
