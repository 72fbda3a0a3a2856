using Microsoft.AspNetCore.Http;
using Overlord.Core.Chains;
using Overlord.Server.Auth;

namespace Overlord.Server.Api;

/// <summary>
/// Checks the bearer token of every route marked <see cref="RequiresToken"/>, from the original's
/// <c>Authentication</c> header or the standard <c>Authorization</c>. Nothing under
/// <see cref="WebhooksPrefix"/> is checked here: webhooks prove themselves with their providers' signatures.
/// A valid token must also hold the scope <see cref="RouteScopes"/> names for the request, narrowed by the
/// <c>X-Overlord-Scope</c> a parent forwards; otherwise 403.
/// </summary>
/// <param name="next">The rest of the pipeline.</param>
/// <param name="reader">Reads and checks the bearer token.</param>
/// <param name="enforcesScopes">False only for a test node that plays an original one, which knows no scopes.</param>
internal sealed class TokenMiddleware(RequestDelegate next, BearerTokenReader reader, bool enforcesScopes)
{
    public const string WebhooksPrefix = "/v1/webhooks";

    public async Task InvokeAsync(HttpContext context)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<RequiresToken>() is null
            || context.Request.Path.StartsWithSegments(WebhooksPrefix, StringComparison.Ordinal))
        {
            await next(context);
            return;
        }

        var headers = context.Request.Headers;
        var authentication = await reader.AuthenticateAsync(
            headers[BearerTokenReader.OriginalHeader].FirstOrDefault(),
            headers[BearerTokenReader.StandardHeader].FirstOrDefault());
        if (!authentication.IsSuccess)
        {
            await ApiAnswer.Message(AuthenticationFailure.StatusCodeOf(authentication.Error), authentication.Error.Message).ExecuteAsync(context);
            return;
        }

        if (enforcesScopes)
        {
            var granted = TokenScopes.Narrow(authentication.Value.Scope, headers[OverlordHeaders.Scope].FirstOrDefault());
            var needed = RouteScopes.Needed(context.Request.Method, context.Request.Path.Value ?? "/");
            if (!granted.Allows(needed))
            {
                var refusal = AuthenticationFailure.Refused(granted, needed);
                await ApiAnswer.Message(AuthenticationFailure.StatusCodeOf(refusal), refusal.Message).ExecuteAsync(context);
                return;
            }

            GrantedScope.Set(context, granted);
        }

        await next(context);
    }
}
