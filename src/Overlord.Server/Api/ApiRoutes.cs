using Microsoft.AspNetCore.Http;

namespace Overlord.Server.Api;

/// <summary>
/// The method sets the node's routes are mapped with (<c>MapMethods</c>). A route answers only these; routing
/// answers any other method with 405, which <see cref="NotFoundMiddleware"/> gives the original's JSON body.
/// </summary>
internal static class ApiRoutes
{
    public static readonly string[] GetHead = [HttpMethods.Get, HttpMethods.Head];
    public static readonly string[] PostPut = [HttpMethods.Post, HttpMethods.Put];
    public static readonly string[] Any =
        [HttpMethods.Get, HttpMethods.Head, HttpMethods.Post, HttpMethods.Put, HttpMethods.Delete, HttpMethods.Patch];
}
