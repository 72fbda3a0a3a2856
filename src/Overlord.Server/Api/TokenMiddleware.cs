using Microsoft.AspNetCore.Http;
using Overlord.Server.Auth;

namespace Overlord.Server.Api;

/// <summary>
/// Checks the bearer token of every route marked <see cref="RequiresToken"/>, from the original's
/// <c>Authentication</c> header or the standard <c>Authorization</c>. Nothing under
/// <see cref="WebhooksPrefix"/> is checked here: webhooks prove themselves with their providers' signatures.
/// </summary>
internal sealed class TokenMiddleware(RequestDelegate next, BearerTokenReader reader)
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
        if (authentication.Failure is { } failure)
        {
            await ApiAnswer.Message(failure.StatusCode, failure.Message).ExecuteAsync(context);
            return;
        }

        await next(context);
    }
}
