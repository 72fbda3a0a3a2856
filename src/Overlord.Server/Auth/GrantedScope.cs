using Microsoft.AspNetCore.Http;

namespace Overlord.Server.Auth;

/// <summary>The scope the token middleware granted a request, for the chain forwarder to pass on to the child.</summary>
internal static class GrantedScope
{
    private static readonly object Key = new();

    public static void Set(HttpContext context, TokenScope scope) => context.Items[Key] = scope;

    /// <summary>Admin when the middleware set nothing: a node that ignores scopes (as the original) grants everything.</summary>
    public static TokenScope Of(HttpContext context) => context.Items.TryGetValue(Key, out var scope) && scope is TokenScope granted ? granted : TokenScope.Admin;
}
