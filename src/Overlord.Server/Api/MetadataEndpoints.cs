using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Overlord.Client.Contract;
using Overlord.Core.Names;
using Overlord.Server.Local;
using Overlord.Server.Metadata;

namespace Overlord.Server.Api;

/// <summary>
/// <c>/v1/metadata[/{key}]</c> (reference 2.2): list, read, create (201 even when the key exists, which is left
/// untouched, as the original), update (200, written only when changed), delete (204) and HEAD.
/// </summary>
internal static class MetadataEndpoints
{
    public static void Map(IEndpointRouteBuilder v1)
    {
        v1.MapGet("metadata", ([FromServices] MetadataStore store) => ApiAnswer.Ok(new MetadataListResponse { Keys = store.List() }));
        v1.MapMethods("metadata/{key}", ApiRoutes.GetHead, GetAsync);
        v1.MapMethods("metadata/{key}", ApiRoutes.PostPut, WriteAsync);
        v1.MapDelete("metadata/{key}", Delete);
    }

    private static async Task<ApiAnswer> GetAsync(string key, HttpRequest request, [FromServices] MetadataStore store, CancellationToken cancellationToken)
    {
        if (!IsKey(key))
        {
            return NotFound(ApiMessages.NotFound);
        }

        if (HttpMethods.IsHead(request.Method))
        {
            return ApiAnswer.Status(store.Exists(key) ? StatusCodes.Status200OK : StatusCodes.Status404NotFound);
        }

        return await store.GetAsync(key, cancellationToken) is { } value ? ApiAnswer.Ok(new MetadataResponse { Value = value }) : NotFound(ApiMessages.MetadataNotFound);
    }

    private static async Task<ApiAnswer> WriteAsync(
        string key, HttpRequest request, [FromServices] MetadataStore store, [FromServices] MetadataOptions options, CancellationToken cancellationToken)
    {
        if (!IsKey(key))
        {
            return NotFound(ApiMessages.NotFound);
        }

        var create = HttpMethods.IsPost(request.Method);
        if (create && store.Exists(key))
        {
            return ApiAnswer.Message(StatusCodes.Status201Created, ApiMessages.MetadataCreated(key));
        }

        if (!create && !store.Exists(key))
        {
            return NotFound(ApiMessages.MetadataNotFound);
        }

        var body = await RequestBody.ReadAsync(request, cancellationToken);
        var value = body.String("value", required: true);
        var maxSize = options.MaxSize;
        if (value is not null && value.Length > maxSize)
        {
            body.Fail($"{key}: metadata too long - {value.Length} > {maxSize}", 0);
        }

        if (body.Error is { } refused)
        {
            return refused;
        }

        if (create)
        {
            await store.CreateAsync(key, value!, cancellationToken);
            return ApiAnswer.Message(StatusCodes.Status201Created, ApiMessages.MetadataCreated(key));
        }

        return await store.UpdateAsync(key, value!, cancellationToken) == MetadataWriteOutcome.NotFound
            ? NotFound(ApiMessages.MetadataNotFound)
            : ApiAnswer.Message(StatusCodes.Status200OK, ApiMessages.MetadataUpdated(key));
    }

    private static ApiAnswer Delete(string key, [FromServices] MetadataStore store)
    {
        if (!IsKey(key))
        {
            return NotFound(ApiMessages.NotFound);
        }

        return store.Delete(key) ? ApiAnswer.Status(StatusCodes.Status204NoContent) : NotFound(ApiMessages.MetadataNotFound);
    }

    /// <summary>True when the key follows the grammar; a bad key matches no route of the original.</summary>
    private static bool IsKey(string key) => NamePatterns.IsStoredMetadataKey(key);

    private static ApiAnswer NotFound(string message) => ApiAnswer.Message(StatusCodes.Status404NotFound, message);
}
