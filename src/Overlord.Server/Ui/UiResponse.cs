using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Overlord.Server.Ui;

/// <summary>
/// How every answer under <c>/ui</c> goes out: never cached, never framed, and a content policy that lets only
/// this page's own inline style and script run (by a fresh nonce) and fetch nothing but this node.
/// </summary>
internal static class UiResponse
{
    public static string NewNonce() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));

    public static async Task HtmlAsync(HttpContext context, int statusCode, string html, string nonce)
    {
        var response = context.Response;
        response.StatusCode = statusCode;
        response.ContentType = "text/html; charset=utf-8";
        response.Headers.ContentSecurityPolicy =
            $"default-src 'none'; style-src 'nonce-{nonce}'; script-src 'nonce-{nonce}'; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
        Secure(response);
        await response.Body.WriteAsync(Encoding.UTF8.GetBytes(html), context.RequestAborted);
    }

    public static Task RedirectAsync(HttpContext context, string location)
    {
        context.Response.StatusCode = StatusCodes.Status303SeeOther;
        context.Response.Headers.Location = location;
        context.Response.ContentType = "text/plain; charset=utf-8";
        Secure(context.Response);
        return Task.CompletedTask;
    }

    public static Task StatusAsync(HttpContext context, int statusCode)
    {
        context.Response.StatusCode = statusCode;
        context.Response.ContentType = "text/plain; charset=utf-8";
        Secure(context.Response);
        return Task.CompletedTask;
    }

    private static void Secure(HttpResponse response)
    {
        response.Headers.CacheControl = "no-store";
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.XFrameOptions = "DENY";
    }
}
