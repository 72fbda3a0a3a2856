using System.Globalization;
using System.Net.Mime;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Logging;
using Overlord.Client.Contract;
using Overlord.Core.Results;
using Polly;
using Polly.Timeout;

namespace Overlord.Server.Integrations.SkyDns;

public sealed partial class EtcdGateway
{
    /// <summary>POSTs to the first host that answers; each failing host is remembered and skipped for a while.</summary>
    private async Task<Result<TAnswer>> CallAsync<TBody, TAnswer>(
        string endpoint, TBody body, JsonTypeInfo<TBody> bodyType, JsonTypeInfo<TAnswer> answerType, CancellationToken cancellationToken)
        where TAnswer : notnull
    {
        var failures = new List<string>();
        foreach (var host in _hosts)
        {
            if (IsSkipped(host))
            {
                failures.Add($"{host.Name}: skipped after a recent failure");
                continue;
            }

            var answer = await PostAsync(host, endpoint, JsonSerializer.Serialize(body, bodyType), answerType, cancellationToken);
            lock (_sync)
            {
                host.FailedAt = answer.IsSuccess ? null : _timeProvider.GetUtcNow();
            }

            if (answer.IsSuccess)
            {
                return answer;
            }

            _logger.LogWarning("etcd host {Host} failed on {Endpoint}: {Error}", host.Name, endpoint, answer.Error.Message);
            failures.Add($"{host.Name}: {answer.Error.Message}");
        }

        return Result.Failure<TAnswer>(ErrorCodes.Unavailable, $"{AllHostsFailed} ({string.Join("; ", failures)})");
    }

    private bool IsSkipped(EtcdHost host)
    {
        lock (_sync)
        {
            return host.FailedAt is { } failedAt && _timeProvider.GetUtcNow() - failedAt < SkipWindow;
        }
    }

    private async Task<Result<TAnswer>> PostAsync<TAnswer>(EtcdHost host, string endpoint, string body, JsonTypeInfo<TAnswer> answerType, CancellationToken cancellationToken)
        where TAnswer : notnull
    {
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(EtcdPipeline.HostTimeout, host.Timeout);
        try
        {
            return await _pipeline.ExecuteAsync(
                static async (context, state) => await SendAsync(state.host, state.endpoint, state.body, state.answerType, context.CancellationToken),
                context,
                (host, endpoint, body, answerType));
        }
        catch (TimeoutRejectedException)
        {
            return Result.Failure<TAnswer>(ErrorCodes.Timeout, $"no answer within {host.Timeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s");
        }
        catch (Exception exception) when (exception is HttpRequestException or JsonException or IOException
            or System.Security.Cryptography.CryptographicException or Core.OverlordException)
        {
            return Result.Failure<TAnswer>(ErrorCodes.Unavailable, exception.Message);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private static async Task<Result<TAnswer>> SendAsync<TAnswer>(EtcdHost host, string endpoint, string body, JsonTypeInfo<TAnswer> answerType, CancellationToken cancellationToken)
        where TAnswer : notnull
    {
        var client = host.Client();
        host.ApiPath ??= await DiscoverApiPathAsync(host, client, cancellationToken);
        using var content = new StringContent(body, Encoding.UTF8, MediaTypeNames.Application.Json);
        using var response = await client.PostAsync(new Uri($"{host.BaseUrl}{host.ApiPath}/{endpoint}"), content, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        return response.IsSuccessStatusCode
            ? Result.Success(JsonSerializer.Deserialize(text, answerType) ?? throw new JsonException($"etcd answered {endpoint} with null"))
            : Result.Failure<TAnswer>(ErrorCodes.Unavailable, $"HTTP {(int)response.StatusCode}: {text.Trim()}");
    }

    /// <summary>As etcd3gw: <c>/v3</c> from etcd 3.4 on, <c>/v3beta</c> on 3.3, <c>/v3alpha</c> before.</summary>
    private static async Task<string> DiscoverApiPathAsync(EtcdHost host, HttpClient client, CancellationToken cancellationToken)
    {
        var answer = JsonSerializer.Deserialize(await client.GetStringAsync(new Uri($"{host.BaseUrl}/version"), cancellationToken), OverlordJsonContext.Default.EtcdVersionResponse);
        var version = answer?.Etcdserver
            ?? throw new JsonException("malformed answer of /version: no etcdserver");
        var parts = version.Split('.').Take(2).Select(part => int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : -1).ToArray();
        if (parts.Length < 2 || parts.Contains(-1))
        {
            throw new JsonException($"cannot read the etcd version '{version}'");
        }

        return (parts[0], parts[1]) switch
        {
            ( > 3, _) or (3, >= 4) => "/v3",
            (3, 3) => "/v3beta",
            _ => "/v3alpha",
        };
    }
}
