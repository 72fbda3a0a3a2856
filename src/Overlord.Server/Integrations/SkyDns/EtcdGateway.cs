using System.Text;
using Microsoft.Extensions.Logging;
using Overlord.Client.Contract;
using Overlord.Core.Config;
using Overlord.Core.Results;
using Polly;

namespace Overlord.Server.Integrations.SkyDns;

/// <summary>
/// etcd through its v3 JSON gateway (<c>/v3/kv/put</c>, <c>/v3/kv/range</c>, <c>/v3/kv/deleterange</c>, keys and
/// values in base64), as etcd3gw does for the original. The hosts of <c>etcd</c> are tried in order; a host that
/// fails is skipped for 2 seconds times the number of hosts, then tried again (reference section 10.1).
/// </summary>
public sealed partial class EtcdGateway : IDisposable
{
    /// <summary>The start of the error when no host answered.</summary>
    public const string AllHostsFailed = "All etcd instances do not seem to work correctly";

    private readonly IReadOnlyList<EtcdHost> _hosts;
    private readonly TimeProvider _timeProvider;
    private readonly ResiliencePipeline _pipeline;
    private readonly ILogger<EtcdGateway> _logger;
    private readonly Lock _sync = new();

    /// <param name="hosts">The <c>etcd</c> hosts, tried in this order.</param>
    /// <param name="timeProvider">The clock of the skip window.</param>
    /// <param name="pipeline">The <see cref="EtcdPipeline.Key"/> pipeline each call to a host goes through.</param>
    /// <param name="logger">Where a failing host is logged.</param>
    public EtcdGateway(IReadOnlyDictionary<string, EtcdHostConfig> hosts, TimeProvider timeProvider, ResiliencePipeline pipeline, ILogger<EtcdGateway> logger)
    {
        ArgumentNullException.ThrowIfNull(hosts);
        _hosts = [.. hosts.Select(host => new EtcdHost(host.Key, host.Value))];
        _timeProvider = timeProvider;
        _pipeline = pipeline;
        _logger = logger;
    }

    /// <summary>How long a failed host is skipped.</summary>
    public TimeSpan SkipWindow => TimeSpan.FromSeconds(2 * _hosts.Count);

    /// <summary>Writes a key (etcd3gw's <c>put</c>: true once written).</summary>
    public async Task<Result<bool>> PutAsync(string key, string value, CancellationToken cancellationToken)
    {
        var body = new EtcdPutRequest { Key = Encode(key), Value = Encode(value) };
        var result = await CallAsync("kv/put", body, OverlordJsonContext.Default.EtcdPutRequest, OverlordJsonContext.Default.JsonElement, cancellationToken);
        return result.IsSuccess ? true : result.AsFailure<bool>();
    }

    /// <summary>Deletes a key (etcd3gw's <c>delete</c>: true when a key was deleted).</summary>
    public async Task<Result<bool>> DeleteAsync(string key, CancellationToken cancellationToken)
    {
        var body = new EtcdRangeRequest { Key = Encode(key) };
        var result = await CallAsync("kv/deleterange", body, OverlordJsonContext.Default.EtcdRangeRequest, OverlordJsonContext.Default.EtcdDeleteResponse, cancellationToken);
        return result.IsSuccess ? result.Value.Deleted is not null : result.AsFailure<bool>();
    }

    /// <summary>The key with its value: no pair when there is no such key, else one.</summary>
    public async Task<Result<IReadOnlyList<KeyValuePair<string, string>>>> GetAsync(string key, CancellationToken cancellationToken)
    {
        return await RangeAsync(new EtcdRangeRequest { Key = Encode(key) }, cancellationToken);
    }

    /// <summary>Every key under a prefix with its value, in key order.</summary>
    public async Task<Result<IReadOnlyList<KeyValuePair<string, string>>>> GetPrefixAsync(string prefix, CancellationToken cancellationToken)
    {
        var bytes = Encoding.UTF8.GetBytes(prefix);
        bytes[^1]++;
        return await RangeAsync(new EtcdRangeRequest { Key = Encode(prefix), RangeEnd = Convert.ToBase64String(bytes) }, cancellationToken);
    }

    public void Dispose()
    {
        foreach (var host in _hosts)
        {
            host.Dispose();
        }
    }

    private static string Encode(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text));

    private static string Decode(string? text) => text is null ? "" : Encoding.UTF8.GetString(Convert.FromBase64String(text));

    /// <summary>A range's pairs; etcd leaves <c>kvs</c> out when nothing matched and <c>value</c> when it is empty.</summary>
    private async Task<Result<IReadOnlyList<KeyValuePair<string, string>>>> RangeAsync(EtcdRangeRequest body, CancellationToken cancellationToken)
    {
        var result = await CallAsync("kv/range", body, OverlordJsonContext.Default.EtcdRangeRequest, OverlordJsonContext.Default.EtcdRangeResponse, cancellationToken);
        return result.IsSuccess
            ? Result.Success<IReadOnlyList<KeyValuePair<string, string>>>([.. (result.Value.Kvs ?? []).Select(kv => KeyValuePair.Create(Decode(kv.Key), Decode(kv.Value)))])
            : result.AsFailure<IReadOnlyList<KeyValuePair<string, string>>>();
    }
}
