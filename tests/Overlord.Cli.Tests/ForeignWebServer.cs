using Microsoft.AspNetCore.Http;
using Overlord.Testing;

namespace Overlord.Cli.Tests;

/// <summary>A web server that is not an Overlord node: every request gets the same 200 answer (a page, or some other API's JSON).</summary>
internal static class ForeignWebServer
{
    public static Task<FakeHttpHost> StartAsync(string contentType, string body) =>
        FakeHttpHost.StartAsync(context =>
        {
            context.Response.ContentType = contentType;
            return context.Response.WriteAsync(body, context.RequestAborted);
        });
}
