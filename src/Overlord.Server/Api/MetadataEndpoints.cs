using Microsoft.AspNetCore.Http;
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
        v1.Map("metadata", ApiRoutes.Get, (context, _) => ApiRoutes.Answer(ApiAnswer.Ok(new MetadataListResponse { Keys = context.Service<MetadataStore>().List() })));
        v1.Map("metadata/{key}", [HttpMethods.Get, HttpMethods.Head], GetAsync);
        v1.Map("metadata/{key}", [HttpMethods.Post, HttpMethods.Put], WriteAsync);
        v1.Map("metadata/{key}", [HttpMethods.Delete], DeleteAsync);
    }

    private static async Task<ApiAnswer> GetAsync(HttpContext context, CancellationToken cancellationToken)
    {
        if (Key(context) is not { } key)
        {
            return NotFound(ApiMessages.NotFound);
        }

        var store = context.Service<MetadataStore>();
        if (context.IsHead())
        {
            return ApiAnswer.Status(store.Exists(key) ? StatusCodes.Status200OK : StatusCodes.Status404NotFound);
        }

        return await store.GetAsync(key, cancellationToken) is { } value ? ApiAnswer.Ok(new MetadataResponse { Value = value }) : NotFound(ApiMessages.MetadataNotFound);
    }

    private static async Task<ApiAnswer> WriteAsync(HttpContext context, CancellationToken cancellationToken)
    {
        if (Key(context) is not { } key)
        {
            return NotFound(ApiMessages.NotFound);
        }

        var store = context.Service<MetadataStore>();
        var create = HttpMethods.IsPost(context.Request.Method);
        if (create && store.Exists(key))
        {
            return ApiAnswer.Message(StatusCodes.Status201Created, ApiMessages.MetadataCreated(key));
        }

        if (!create && !store.Exists(key))
        {
            return NotFound(ApiMessages.MetadataNotFound);
        }

        var body = await RequestBody.ReadAsync(context.Request, cancellationToken);
        var value = body.String("value", required: true);
        var maxSize = context.Service<MetadataOptions>().MaxSize;
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

    private static Task<ApiAnswer> DeleteAsync(HttpContext context, CancellationToken cancellationToken)
    {
        if (Key(context) is not { } key)
        {
            return ApiRoutes.Answer(NotFound(ApiMessages.NotFound));
        }

        return ApiRoutes.Answer(context.Service<MetadataStore>().Delete(key)
            ? ApiAnswer.Status(StatusCodes.Status204NoContent)
            : NotFound(ApiMessages.MetadataNotFound));
    }

    /// <summary>The key when it follows the grammar; a bad key matches no route of the original.</summary>
    private static string? Key(HttpContext context) => context.RouteValue("key") is { } key && NamePatterns.IsStoredMetadataKey(key) ? key : null;

    private static ApiAnswer NotFound(string message) => ApiAnswer.Message(StatusCodes.Status404NotFound, message);
}
