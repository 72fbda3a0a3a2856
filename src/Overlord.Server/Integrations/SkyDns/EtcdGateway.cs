using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
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
        var body = new JsonObject { ["key"] = Encode(key), ["value"] = Encode(value) };
        var result = await CallAsync("kv/put", body, cancellationToken);
        return result.IsSuccess ? true : result.AsFailure<bool>();
    }

    /// <summary>Deletes a key (etcd3gw's <c>delete</c>: true when a key was deleted).</summary>
    public async Task<Result<bool>> DeleteAsync(string key, CancellationToken cancellationToken)
    {
        var result = await CallAsync("kv/deleterange", new JsonObject { ["key"] = Encode(key) }, cancellationToken);
        return result.IsSuccess ? result.Value["deleted"] is not null : result.AsFailure<bool>();
    }

    /// <summary>The key with its value: no pair when there is no such key, else one.</summary>
    public async Task<Result<IReadOnlyList<KeyValuePair<string, string>>>> GetAsync(string key, CancellationToken cancellationToken)
    {
        var result = await CallAsync("kv/range", new JsonObject { ["key"] = Encode(key) }, cancellationToken);
        return result.IsSuccess ? Result.Success<IReadOnlyList<KeyValuePair<string, string>>>(Pairs(result.Value)) : result.AsFailure<IReadOnlyList<KeyValuePair<string, string>>>();
    }

    /// <summary>Every key under a prefix with its value, in key order.</summary>
    public async Task<Result<IReadOnlyList<KeyValuePair<string, string>>>> GetPrefixAsync(string prefix, CancellationToken cancellationToken)
    {
        var bytes = Encoding.UTF8.GetBytes(prefix);
        bytes[^1]++;
        var body = new JsonObject { ["key"] = Encode(prefix), ["range_end"] = Convert.ToBase64String(bytes) };
        var result = await CallAsync("kv/range", body, cancellationToken);
        return result.IsSuccess ? Result.Success<IReadOnlyList<KeyValuePair<string, string>>>(Pairs(result.Value)) : result.AsFailure<IReadOnlyList<KeyValuePair<string, string>>>();
    }

    public void Dispose()
    {
        foreach (var host in _hosts)
        {
            host.Dispose();
        }
    }

    private static string Encode(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text));

    private static string Decode(JsonNode? node) => node is null ? "" : Encoding.UTF8.GetString(Convert.FromBase64String(node.GetValue<string>()));

    /// <summary>A range answer's pairs; etcd leaves <c>kvs</c> out when nothing matched and <c>value</c> when it is empty.</summary>
    private static List<KeyValuePair<string, string>> Pairs(JsonObject answer) =>
        answer["kvs"] is JsonArray kvs
            ? [.. kvs.OfType<JsonObject>().Select(kv => KeyValuePair.Create(Decode(kv["key"]), Decode(kv["value"])))]
            : [];
}
