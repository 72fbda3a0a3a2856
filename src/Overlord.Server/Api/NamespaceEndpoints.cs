using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
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
        v1.MapGet("namespace", ([FromServices] NamespaceStore store) => ApiAnswer.Ok(new NamespaceListResponse { Namespaces = store.List() }));
        v1.MapMethods("namespace/{name}", ApiRoutes.GetHead, GetAsync);
        v1.MapMethods("namespace/{name}", ApiRoutes.PostPut, WriteAsync);
        v1.MapDelete("namespace/{name}", (string name, [FromServices] NamespaceStore store) => !IsName(name)
            ? NotFound(ApiMessages.NotFound)
            : store.Delete(name) ? ApiAnswer.Status(StatusCodes.Status204NoContent) : NotFound(ApiMessages.NamespaceNotFound));
    }

    private static async Task<ApiAnswer> GetAsync(string name, HttpRequest request, [FromServices] NamespaceStore store, CancellationToken cancellationToken)
    {
        if (!IsName(name))
        {
            return NotFound(ApiMessages.NotFound);
        }

        if (HttpMethods.IsHead(request.Method))
        {
            return ApiAnswer.Status(store.Exists(name) ? StatusCodes.Status200OK : StatusCodes.Status404NotFound);
        }

        return await store.GetAsync(name, cancellationToken) is { } entries
            ? ApiAnswer.Ok(new NamespaceResponse { Entries = entries })
            : NotFound(ApiMessages.NamespaceNotFound);
    }

    private static async Task<ApiAnswer> WriteAsync(string name, HttpRequest request, [FromServices] NamespaceStore store, CancellationToken cancellationToken)
    {
        if (!IsName(name))
        {
            return NotFound(ApiMessages.NotFound);
        }

        var create = HttpMethods.IsPost(request.Method);
        if (create && store.Exists(name))
        {
            return ApiAnswer.Message(StatusCodes.Status201Created, ApiMessages.NamespaceCreated(name));
        }

        var body = await RequestBody.ReadAsync(request, cancellationToken);
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

    /// <summary>True when the name follows the grammar; a bad name matches no route of the original.</summary>
    private static bool IsName(string name) => NamePatterns.IsStoredMetadataKey(name);

    private static ApiAnswer NotFound(string message) => ApiAnswer.Message(StatusCodes.Status404NotFound, message);
}
