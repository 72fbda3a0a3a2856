using Overlord.Client.Deployment;
using Overlord.Client.Http;

namespace Overlord.Cli.Output;

/// <summary>
/// How a node that gave no usable answer is named on standard error. A 401 is a refused token and an
/// answer that is not an Overlord node's is a wrong entrypoint: calling either "unreachable" sent operators
/// looking at the network (issue 10).
/// </summary>
internal static class NodeFailureText
{
    public static string Warning(NodeFailure failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        return $"warning: {Name(failure)}: {What(failure)}: {failure.Message}";
    }

    /// <summary>The node as commands name it: <c>main.alpha</c>, or <c>main.(root)</c> for the entry node.</summary>
    public static string Name(NodeFailure failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        return $"{failure.Datacenter}.{failure.Chain ?? DeployTarget.RootName}";
    }

    /// <summary>
    /// The closing line when nodes refused the token, or null when none did. The entry node refuses the
    /// datacenter's token; a node below refuses its parent's chain token.
    /// </summary>
    public static string? Refused(IReadOnlyList<NodeFailure> failures)
    {
        ArgumentNullException.ThrowIfNull(failures);
        var refused = failures.Where(failure => failure.RefusedToken).ToList();
        if (refused.Count == 0)
        {
            return null;
        }

        var hints = refused.SelectMany(Hints).Distinct(StringComparer.Ordinal);
        return $"overlord: {string.Join(", ", refused.Select(Name))} refused the token: check {string.Join(", ", hints)} (a token made by gen-token on the node that refused it)";
    }

    /// <summary>Which setting holds the refused token: the datacenter's for its entry node, the parent's chain token below it.</summary>
    private static IEnumerable<string> Hints(NodeFailure failure)
    {
        if (failure.Chain is null || failure.AtEntrypoint)
        {
            // Through an entry point such as main.alpha, either hop may have refused.
            yield return $"datacenters.{failure.Datacenter}.access_token";
        }

        if (failure.Chain is { } chain)
        {
            yield return $"chains.{chain[(chain.LastIndexOf('.') + 1)..]}.access_token on its parent";
        }
    }

    private static string What(NodeFailure failure) => failure switch
    {
        { RefusedToken: true } => "refused the token",
        { Failure: ApiFailure.InvalidResponse } => "not an Overlord node",
        { Failure: ApiFailure.HttpStatus } => "failed",
        _ => "unreachable",
    };
}
