namespace Overlord.Client.Contract;

/// <summary>etcd's answer to <c>kv/deleterange</c>: <c>deleted</c> (a count, as a string) is left out when nothing was deleted.</summary>
public sealed record EtcdDeleteResponse
{
    public string? Deleted { get; init; }
}
