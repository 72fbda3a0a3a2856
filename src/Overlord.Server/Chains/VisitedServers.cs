using Microsoft.AspNetCore.Http;
using Overlord.Core.Chains;

namespace Overlord.Server.Chains;

/// <summary>
/// <c>X-Overlord-Visited</c>: the server ids a request went through. Each hop adds its own before calling a
/// child, so a node that finds its own id knows two nodes list each other (directly or further down).
/// </summary>
public static class VisitedServers
{
    public static IReadOnlyList<string> Read(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Headers[OverlordHeaders.Visited]
            .SelectMany(value => (value ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .ToList();
    }

    public static IReadOnlyList<string> With(IReadOnlyList<string> visited, string serverId) => [.. visited, serverId];
}
