namespace Overlord.Server.Auth;

/// <summary>
/// What a token may do, each level including the ones below it. A token without a <c>scope</c> claim (every
/// token of the original, and of this node before scopes) is <see cref="Admin"/>; a claim naming no known
/// scope grants <see cref="None"/>, so a typo never opens more than it says.
/// </summary>
public enum TokenScope
{
    None = 0,

    /// <summary>Every GET route and the tree reads.</summary>
    Read = 1,

    /// <summary>Also apply, destroy, cancel, metadata and namespace writes, VM creation.</summary>
    Deploy = 2,

    /// <summary>Also the agent's sync and anything that changes the node itself.</summary>
    Admin = 3,
}
