using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Overlord.Server.Api;
using Overlord.Server.Auth;
using Overlord.Server.Node;

namespace Overlord.Server.Ui;

/// <summary>
/// The read-only status page of every node (issue 13.3): <c>/ui/</c> (the page), <c>/ui/status</c> (its live part),
/// <c>/ui/login</c> (the token form) and <c>/ui/logout</c>. These routes check the token of their cookie, not the
/// bearer header, so they are not marked <see cref="RequiresToken"/>.
/// </summary>
internal static class UiEndpoints
{
    public const string Root = "/ui/";
    public const string Login = "/ui/login";

    public static void Map(IEndpointRouteBuilder routes)
    {
        // Routing ignores a trailing slash: this one route answers /ui and /ui/ (the page's links are absolute).
        routes.MapGet(Root, PageAsync);
        routes.MapGet("/ui/status", FragmentAsync);
        routes.MapGet(Login, context => UiResponse.HtmlAsync(context, StatusCodes.Status200OK, LoginPageHtml.Page(null, Nonce(context)), Nonce(context)));
        routes.MapPost(Login, LogInAsync);
        routes.MapPost("/ui/logout", context =>
        {
            UiSession.LogOut(context);
            return UiResponse.RedirectAsync(context, Login);
        });
    }

    private static async Task PageAsync(HttpContext context, [FromServices] TokenService tokens, [FromServices] StatusPageReader reader, [FromServices] NodeIdentity identity)
    {
        if (!await UiSession.IsLoggedInAsync(context, tokens))
        {
            await UiResponse.RedirectAsync(context, Login);
            return;
        }

        var data = await reader.ReadAsync(context.RequestAborted);
        var nonce = Nonce(context);
        var page = StatusPageHtml.Page(identity.Labels, StatusFragmentHtml.Write(data), nonce);
        await UiResponse.HtmlAsync(context, StatusCodes.Status200OK, page, nonce);
    }

    private static async Task FragmentAsync(HttpContext context, [FromServices] TokenService tokens, [FromServices] StatusPageReader reader)
    {
        if (!await UiSession.IsLoggedInAsync(context, tokens))
        {
            await UiResponse.StatusAsync(context, StatusCodes.Status401Unauthorized);
            return;
        }

        var data = await reader.ReadAsync(context.RequestAborted);
        await UiResponse.HtmlAsync(context, StatusCodes.Status200OK, StatusFragmentHtml.Write(data), Nonce(context));
    }

    private static async Task LogInAsync(HttpContext context, [FromServices] TokenService tokens)
    {
        var form = await LoginForm.ReadAsync(context.Request, context.RequestAborted);
        if (form.Token is not { } token)
        {
            await UiResponse.HtmlAsync(context, form.StatusCode, LoginPageHtml.Page(form.Error, Nonce(context)), Nonce(context));
            return;
        }

        if (!UiSession.MayRead(await tokens.CheckAsync(token)))
        {
            var error = "This token is not valid on this node: its signature does not match this node's key, or it has expired.";
            await UiResponse.HtmlAsync(context, StatusCodes.Status401Unauthorized, LoginPageHtml.Page(error, Nonce(context)), Nonce(context));
            return;
        }

        UiSession.LogIn(context, token);
        await UiResponse.RedirectAsync(context, Root);
    }

    /// <summary>One nonce per request, the same for the page's markup and its policy header.</summary>
    private static string Nonce(HttpContext context)
    {
        if (context.Items[typeof(UiResponse)] is not string nonce)
        {
            nonce = UiResponse.NewNonce();
            context.Items[typeof(UiResponse)] = nonce;
        }

        return nonce;
    }
}
