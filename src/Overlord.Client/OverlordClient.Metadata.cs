using Overlord.Client.Contract;
using Overlord.Client.Http;
using Overlord.Core.Names;

namespace Overlord.Client;

/// <summary>Routes about metadata: small named values stored as files on the node.</summary>
public sealed partial class OverlordClient
{
    /// <summary><c>GET /v1/metadata</c>: the keys.</summary>
    public Task<ApiResult<IReadOnlyList<string>>> ListMetadataAsync(CancellationToken cancellationToken = default) =>
        ReadJsonAsync<MetadataListResponse, IReadOnlyList<string>>(new ApiCall(HttpMethod.Get, "metadata"), response => response.Keys ?? [], cancellationToken);

    /// <summary><c>GET /v1/metadata/{key}</c>: the value; 404 when missing.</summary>
    public Task<ApiResult<string>> GetMetadataAsync(string key, CancellationToken cancellationToken = default) =>
        NamePatterns.IsMetadataKey(key)
            ? ReadJsonAsync<MetadataResponse, string>(new ApiCall(HttpMethod.Get, $"metadata/{key}"), response => response.Value ?? "", cancellationToken)
            : Task.FromResult(Refused<string>(key, "key name"));

    /// <summary><c>HEAD /v1/metadata/{key}</c>: whether the key exists.</summary>
    public Task<ApiResult<bool>> MetadataExistsAsync(string key, CancellationToken cancellationToken = default) =>
        NamePatterns.IsMetadataKey(key)
            ? ReadExistsAsync(new ApiCall(HttpMethod.Head, $"metadata/{key}"), cancellationToken)
            : Task.FromResult(Refused<bool>(key, "key name"));

    /// <summary>
    /// <c>POST /v1/metadata/{key}</c>: creates the key; the value is the node's message. The original answers
    /// 201 without writing anything when the key already exists: use <see cref="SetMetadataAsync"/> to overwrite.
    /// </summary>
    public Task<ApiResult<string>> CreateMetadataAsync(string key, string value, CancellationToken cancellationToken = default) =>
        WriteMetadataAsync(HttpMethod.Post, key, value, cancellationToken);

    /// <summary><c>PUT /v1/metadata/{key}</c>: replaces an existing key's value; 404 when it is missing.</summary>
    public Task<ApiResult<string>> UpdateMetadataAsync(string key, string value, CancellationToken cancellationToken = default) =>
        WriteMetadataAsync(HttpMethod.Put, key, value, cancellationToken);

    /// <summary>Writes the key whether it exists or not (HEAD, then PUT or POST), as the original's apply does.</summary>
    public async Task<ApiResult<string>> SetMetadataAsync(string key, string value, CancellationToken cancellationToken = default)
    {
        var exists = await MetadataExistsAsync(key, cancellationToken);
        if (!exists.IsSuccess)
        {
            return exists.AsFailure<string>();
        }

        return await WriteMetadataAsync(exists.Value ? HttpMethod.Put : HttpMethod.Post, key, value, cancellationToken);
    }

    /// <summary><c>DELETE /v1/metadata/{key}</c>: true once deleted (204).</summary>
    public Task<ApiResult<bool>> DeleteMetadataAsync(string key, CancellationToken cancellationToken = default) =>
        NamePatterns.IsMetadataKey(key)
            ? ReadDeletedAsync(new ApiCall(HttpMethod.Delete, $"metadata/{key}"), cancellationToken)
            : Task.FromResult(Refused<bool>(key, "key name"));

    private Task<ApiResult<string>> WriteMetadataAsync(HttpMethod method, string key, string value, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(value);
        return NamePatterns.IsMetadataKey(key)
            ? ReadJsonAsync<ApiResponse, string>(
                new ApiCall(method, $"metadata/{key}", Json(new MetadataWriteRequest { Value = value })), response => response.Message ?? "", cancellationToken)
            : Task.FromResult(Refused<string>(key, "key name"));
    }
}
