using Overlord.Client.Http;

namespace Overlord.Client.Deployment;

/// <summary>
/// A node that gave no answer: its datacenter, its chain path (null for the entry node) and why.
/// <see cref="EntryUnreachable"/> is true when the datacenter's entry node itself could not be reached,
/// so nothing below it was seen either.
/// </summary>
public sealed record NodeFailure(string Datacenter, string? Chain, string Message, bool EntryUnreachable)
{
    /// <summary>The HTTP status the node (or, for a node below, its parent's tree answer) gave; 0 when there was no answer.</summary>
    public int StatusCode { get; init; }

    /// <summary>What went wrong: no answer at all, an error status, or an answer that is not an Overlord node's.</summary>
    public ApiFailure Failure { get; init; } = ApiFailure.Network;

    /// <summary>The request to a <c>deployIn</c> entry point failed as a whole, so no node below it was seen either.</summary>
    public bool AtEntrypoint { get; init; }

    /// <summary>The node refused the token it was sent (401): the caller's, or for a node below, its parent's chain token.</summary>
    public bool RefusedToken => StatusCode == 401;

    /// <summary>A node below an entry node, as its parent's tree answer reports it (reference 2.3, the tree's statuses).</summary>
    public static NodeFailure Below(string datacenter, string? chain, int statusCode, string message) =>
        new(datacenter, chain, message, false)
        {
            StatusCode = statusCode,
            Failure = statusCode switch
            {
                502 => ApiFailure.InvalidResponse,
                503 => ApiFailure.Network,
                504 => ApiFailure.Timeout,
                _ => ApiFailure.HttpStatus,
            },
        };

    /// <inheritdoc />
    public override string ToString() => $"{Datacenter}.{Chain ?? DeployTarget.RootName}: {Message}";
}
