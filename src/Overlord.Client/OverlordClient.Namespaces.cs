using Overlord.Client.Contract;
using Overlord.Client.Http;
using Overlord.Core.Names;

namespace Overlord.Client;

/// <summary>Routes about namespaces: folders of files built from metadata, with owners and modes.</summary>
public sealed partial class OverlordClient
{
    /// <summary><c>GET /v1/namespace</c>: the namespace names.</summary>
    public Task<ApiResult<IReadOnlyList<string>>> ListNamespacesAsync(CancellationToken cancellationToken = default) =>
        ReadJsonAsync<NamespaceListResponse, IReadOnlyList<string>>(new ApiCall(HttpMethod.Get, "namespace"), response => response.Namespaces ?? [], cancellationToken);

    /// <summary><c>GET /v1/namespace/{name}</c>: the files and directories of the namespace; 404 when missing.</summary>
    public Task<ApiResult<IReadOnlyList<NamespaceEntry>>> GetNamespaceAsync(string name, CancellationToken cancellationToken = default) =>
        NamePatterns.IsMetadataKey(name)
            ? ReadJsonAsync<NamespaceResponse, IReadOnlyList<NamespaceEntry>>(new ApiCall(HttpMethod.Get, $"namespace/{name}"), response => response.Entries ?? [], cancellationToken)
            : Task.FromResult(Refused<IReadOnlyList<NamespaceEntry>>(name, "namespace name"));

    /// <summary><c>HEAD /v1/namespace/{name}</c>: whether the namespace exists.</summary>
    public Task<ApiResult<bool>> NamespaceExistsAsync(string name, CancellationToken cancellationToken = default) =>
        NamePatterns.IsMetadataKey(name)
            ? ReadExistsAsync(new ApiCall(HttpMethod.Head, $"namespace/{name}"), cancellationToken)
            : Task.FromResult(Refused<bool>(name, "namespace name"));

    /// <summary><c>POST /v1/namespace/{name}</c>: creates the namespace (a no-op answering 201 when it exists).</summary>
    public Task<ApiResult<string>> CreateNamespaceAsync(string name, IReadOnlyList<NamespaceMappingItem> mapping, CancellationToken cancellationToken = default) =>
        WriteNamespaceAsync(HttpMethod.Post, name, mapping, cancellationToken);

    /// <summary><c>PUT /v1/namespace/{name}</c>: rebuilds the namespace from <paramref name="mapping"/>.</summary>
    public Task<ApiResult<string>> UpdateNamespaceAsync(string name, IReadOnlyList<NamespaceMappingItem> mapping, CancellationToken cancellationToken = default) =>
        WriteNamespaceAsync(HttpMethod.Put, name, mapping, cancellationToken);

    /// <summary>Writes the namespace whether it exists or not (HEAD, then PUT or POST), as the original's apply does.</summary>
    public async Task<ApiResult<string>> SetNamespaceAsync(string name, IReadOnlyList<NamespaceMappingItem> mapping, CancellationToken cancellationToken = default)
    {
        var exists = await NamespaceExistsAsync(name, cancellationToken);
        if (!exists.IsSuccess)
        {
            return exists.AsFailure<string>();
        }

        return await WriteNamespaceAsync(exists.Value ? HttpMethod.Put : HttpMethod.Post, name, mapping, cancellationToken);
    }

    /// <summary><c>DELETE /v1/namespace/{name}</c>: true once deleted (204).</summary>
    public Task<ApiResult<bool>> DeleteNamespaceAsync(string name, CancellationToken cancellationToken = default) =>
        NamePatterns.IsMetadataKey(name)
            ? ReadDeletedAsync(new ApiCall(HttpMethod.Delete, $"namespace/{name}"), cancellationToken)
            : Task.FromResult(Refused<bool>(name, "namespace name"));

    private Task<ApiResult<string>> WriteNamespaceAsync(
        HttpMethod method, string name, IReadOnlyList<NamespaceMappingItem> mapping, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        return NamePatterns.IsMetadataKey(name)
            ? ReadJsonAsync<ApiResponse, string>(
                new ApiCall(method, $"namespace/{name}", Json(new NamespaceWriteRequest { Mapping = mapping })), response => response.Message ?? "", cancellationToken)
            : Task.FromResult(Refused<string>(name, "namespace name"));
    }
}
