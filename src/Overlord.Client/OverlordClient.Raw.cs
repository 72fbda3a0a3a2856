using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Overlord.Client.Http;

namespace Overlord.Client;

/// <summary>
/// Calls that are not one of the typed routes, sent with the same headers, timeouts, retries and trust: a node
/// forwarding a chained request as it came, and the agent's routes.
/// </summary>
public sealed partial class OverlordClient
{
    /// <summary>
    /// Sends <paramref name="call"/> and returns the answer as it came (status, content type, body), or why there was
    /// none. Idempotent methods are retried as every call is, and each attempt's <c>X-Overlord-Deadline</c> is what is
    /// left of <see cref="ApiCall.Deadline"/> by then.
    /// </summary>
    public Task<Exchange> SendRawAsync(ApiCall call, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(call);
        return ExchangeAsync(call, cancellationToken);
    }

    /// <summary>Sends <paramref name="call"/> and reads a success's body with <paramref name="typeInfo"/>; failures as every route's.</summary>
    public async Task<ApiResult<T>> SendJsonAsync<T>(ApiCall call, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken = default)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(call);
        ArgumentNullException.ThrowIfNull(typeInfo);
        var exchange = await ExchangeAsync(call, cancellationToken);
        if (!exchange.IsSuccessStatus)
        {
            return Failed<T>(call, exchange);
        }

        T? parsed;
        try
        {
            parsed = JsonSerializer.Deserialize(exchange.Body, typeInfo);
        }
        catch (JsonException)
        {
            parsed = null;
        }

        return parsed is null ? NotOverlordJson<T>(call, exchange) : Succeeded(exchange.StatusCode, parsed);
    }
}
