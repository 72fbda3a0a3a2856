using Overlord.Client.Http;
using Overlord.Core.Config;

namespace Overlord.Server.Integrations.SkyDns;

/// <summary>One endpoint of <c>etcd</c> in overlord.yml: its HTTP client (made on first use), API path and failure time.</summary>
internal sealed class EtcdHost(string name, EtcdHostConfig config) : IDisposable
{
    /// <summary>Used when <c>etcd.HOST.timeout</c> is not set (etcd3gw waited forever; a dead host then hung the job).</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(10);

    private readonly Lock _sync = new();
    private HttpClient? _client;

    public string Name { get; } = name;

    public EtcdHostConfig Config { get; } = config;

    public TimeSpan Timeout => Config.Timeout ?? DefaultTimeout;

    /// <summary><c>http://host:port</c>, with an IPv6 address in brackets.</summary>
    public string BaseUrl => $"{Config.Protocol}://{(Name.Contains(':', StringComparison.Ordinal) ? $"[{Name}]" : Name)}:{Config.Port}";

    /// <summary>The gateway's path (<c>/v3</c>): configured, or found from the server's version on first use.</summary>
    public string? ApiPath { get; set; } = config.ApiPath is { Length: > 0 } path ? "/" + path.Trim('/') : null;

    /// <summary>When this host last failed, or null; guarded by the gateway's lock.</summary>
    public DateTimeOffset? FailedAt { get; set; }

    /// <summary>
    /// The client: trusts only <c>ca_cert</c> when set, and presents <c>cert_key</c> (a PEM file with the client
    /// certificate and its private key) when set. The original passed cert_key without a certificate, so etcd3gw
    /// ignored it. Throws when a file cannot be read; the gateway reports that as this host failing.
    /// </summary>
    public HttpClient Client()
    {
        lock (_sync)
        {
            return _client ??= NewClient();
        }
    }

    public void Dispose() => _client?.Dispose();

    private HttpClient NewClient()
    {
        return HttpClientFactory.Create(new ClientOptions { CaCertFile = Config.CaCert, ClientCertificateFile = Config.CertKey, ConnectTimeout = Timeout });
    }
}
