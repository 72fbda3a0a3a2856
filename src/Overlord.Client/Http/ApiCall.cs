namespace Overlord.Client.Http;

/// <summary>
/// One request to send: method, route below <c>/v1/</c> (segments already escaped, query included), optional body.
/// The typed routes of <see cref="OverlordClient"/> make these; a node forwarding a chained request and the agent's
/// commands give theirs to <see cref="OverlordClient.SendRawAsync"/> and <see cref="OverlordClient.SendJsonAsync{T}"/>.
/// </summary>
public sealed record ApiCall(HttpMethod Method, string Route, byte[]? Body = null)
{
    /// <summary>The body's media type: JSON unless a forwarded request said otherwise (or sent none: null).</summary>
    public string? ContentType { get; init; } = "application/json";

    /// <summary>Server ids for <c>X-Overlord-Visited</c> (tree requests).</summary>
    public IReadOnlyList<string> Visited { get; init; } = [];

    /// <summary>The scope of a forwarded request's caller, for <c>X-Overlord-Scope</c> (none: the header is left out).</summary>
    public string? Scope { get; init; }

    /// <summary>The caller's own remaining time, bounding <c>X-Overlord-Deadline</c>.</summary>
    public TimeSpan? Deadline { get; init; }

    /// <summary>
    /// The answer must carry <c>status_code</c>, as every Overlord answer does. The tree route asks for it: its
    /// answer is how apply and get-info learn that an entrypoint is a node at all, and a web server's
    /// <c>{"hello":"world"}</c> would otherwise read as a tree without nodes (issue 10).
    /// </summary>
    public bool RequiresStatusCode { get; init; }

    /// <summary>
    /// False for tree reads: a node that took the whole read timeout to say nothing is hung, not unlucky, and
    /// trying it again would multiply the wait by the retries (issue 11.5). Connection failures are still retried.
    /// </summary>
    public bool RetriesTimeouts { get; init; } = true;

    /// <summary>Only these are retried; a POST creates work and is never sent twice (as the original).</summary>
    public bool IsIdempotent =>
        Method == HttpMethod.Get || Method == HttpMethod.Head || Method == HttpMethod.Put ||
        Method == HttpMethod.Delete || Method == HttpMethod.Options;
}
