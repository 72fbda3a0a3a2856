using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Overlord.Client.Contract;
using Overlord.Core;
using Overlord.Core.Names;
using Overlord.Server.Local;
using Overlord.Server.Metadata;

namespace Overlord.Server.Api;

/// <summary>
/// <c>/v1/namespace[/{name}]</c> (reference 2.2): list, read (absolute paths, ids, st_mode), create (201, a
/// no-op when it exists), replace (200), delete (204) and HEAD. A path outside the namespace, a missing
/// metadata key, a bad mode or owner is refused with a 400, and the namespace is left as it was.
/// </summary>
internal static class NamespaceEndpoints
{
    public static void Map(IEndpointRouteBuilder v1)
    {
        v1.Map("namespace", ApiRoutes.Get, (context, _) => ApiRoutes.Answer(ApiAnswer.Ok(new NamespaceListResponse { Namespaces = context.Service<NamespaceStore>().List() })));
        v1.Map("namespace/{name}", [HttpMethods.Get, HttpMethods.Head], GetAsync);
        v1.Map("namespace/{name}", [HttpMethods.Post, HttpMethods.Put], WriteAsync);
        v1.Map("namespace/{name}", [HttpMethods.Delete], (context, _) => ApiRoutes.Answer(Name(context) is not { } name
            ? NotFound(ApiMessages.NotFound)
            : context.Service<NamespaceStore>().Delete(name) ? ApiAnswer.Status(StatusCodes.Status204NoContent) : NotFound(ApiMessages.NamespaceNotFound)));
    }

    private static async Task<ApiAnswer> GetAsync(HttpContext context, CancellationToken cancellationToken)
    {
        if (Name(context) is not { } name)
        {
            return NotFound(ApiMessages.NotFound);
        }

        var store = context.Service<NamespaceStore>();
        if (context.IsHead())
        {
            return ApiAnswer.Status(store.Exists(name) ? StatusCodes.Status200OK : StatusCodes.Status404NotFound);
        }

        return await store.GetAsync(name, cancellationToken) is { } entries
            ? ApiAnswer.Ok(new NamespaceResponse { Entries = entries })
            : NotFound(ApiMessages.NamespaceNotFound);
    }

    private static async Task<ApiAnswer> WriteAsync(HttpContext context, CancellationToken cancellationToken)
    {
        if (Name(context) is not { } name)
        {
            return NotFound(ApiMessages.NotFound);
        }

        var store = context.Service<NamespaceStore>();
        var create = HttpMethods.IsPost(context.Request.Method);
        if (create && store.Exists(name))
        {
            return ApiAnswer.Message(StatusCodes.Status201Created, ApiMessages.NamespaceCreated(name));
        }

        var body = await RequestBody.ReadAsync(context.Request, cancellationToken);
        var mapping = NamespaceMappingReader.Read(body, body.List("mapping", required: false));
        if (body.Error is { } refused)
        {
            return refused;
        }

        try
        {
            await (create ? store.CreateAsync(name, mapping!, cancellationToken) : store.ReplaceAsync(name, mapping!, cancellationToken));
        }
        catch (OverlordException exception) when (exception.ExitCode == ExitCodes.DataError)
        {
            // The store refuses a bad path, a missing metadata key or an owner chown cannot apply before the
            // namespace changes at all.
            return ApiAnswer.Message(StatusCodes.Status400BadRequest, exception.Message);
        }

        return create
            ? ApiAnswer.Message(StatusCodes.Status201Created, ApiMessages.NamespaceCreated(name))
            : ApiAnswer.Message(StatusCodes.Status200OK, ApiMessages.NamespaceUpdated(name));
    }

    private static string? Name(HttpContext context) =>
        context.RouteValue("name") is { } name && NamePatterns.IsStoredMetadataKey(name) ? name : null;

    private static ApiAnswer NotFound(string message) => ApiAnswer.Message(StatusCodes.Status404NotFound, message);
}
