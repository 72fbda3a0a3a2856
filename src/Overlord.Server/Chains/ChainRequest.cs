namespace Overlord.Server.Chains;

/// <summary>A request to send to a child: method, path below its entrypoint (with query), body, and the node's headers.</summary>
public sealed record ChainRequest(HttpMethod Method, string PathAndQuery, byte[]? Body, string? ContentType)
{
    public IReadOnlyList<string> Visited { get; init; } = [];

    public TimeSpan? Deadline { get; init; }

    /// <summary>Only these are retried: a POST creates work and is never sent twice (reference 4).</summary>
    public bool IsIdempotent => Method != HttpMethod.Post && Method != HttpMethod.Patch;
}
