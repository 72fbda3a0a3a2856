namespace Overlord.Core.Chains;

/// <summary>The request headers of the API besides the standard ones.</summary>
public static class OverlordHeaders
{
    /// <summary>The original's (non-standard) auth header: <c>Authentication: Bearer &lt;jwt&gt;</c>.</summary>
    public const string Authentication = "Authentication";

    /// <summary>Milliseconds the caller will still wait; a node fanning out gives its children less.</summary>
    public const string Deadline = "X-Overlord-Deadline";

    /// <summary>Comma-separated server ids a tree request already went through, to stop cycles.</summary>
    public const string Visited = "X-Overlord-Visited";

    /// <summary>
    /// The scope (<c>read</c>, <c>deploy</c>, <c>admin</c>) a parent's caller holds, sent with the parent's chain
    /// token: the child grants the narrower of the two, so a forwarded request never does more than its caller may.
    /// </summary>
    public const string Scope = "X-Overlord-Scope";
}
