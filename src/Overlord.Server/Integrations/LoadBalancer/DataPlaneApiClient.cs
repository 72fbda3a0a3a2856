using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using Overlord.Client.Http;
using Overlord.Core.Config;

namespace Overlord.Server.Integrations.LoadBalancer;

/// <summary>
/// HAProxy's Data Plane API v3, the calls the load-balancer label makes (reference section 10.2), with Basic
/// authentication. The password goes only into the Authorization header; nothing here logs a request.
/// </summary>
public sealed partial class DataPlaneApiClient : IDisposable
{
    private const string Configuration = "/v3/services/haproxy/configuration";
    private const string Transactions = "/v3/services/haproxy/transactions";

    private readonly HttpClient _client;
    private readonly string _entrypoint;
    private readonly AuthenticationHeaderValue _authorization;
    private readonly TimeSpan _requestTimeout;

    public DataPlaneApiClient(HaproxyApiConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var http = config.Http;
        _client = HttpClientFactory.Create(new ClientOptions
        {
            ConnectTimeout = http.ConnectTimeout ?? Timeout.InfiniteTimeSpan,
            MaxConnections = http.MaxConnections,
            KeepaliveExpiry = http.KeepaliveExpiry,
            CaCertFile = http.CaCert,
        });
        _entrypoint = config.Entrypoint.TrimEnd('/');
        var credentials = Encoding.UTF8.GetBytes($"{config.Username}:{config.Password.Reveal()}");
        _authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(credentials));
        _requestTimeout = RequestTimeout(http);
    }

    public Task<DataPlaneReply> GetVersionAsync(CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Get, $"{Configuration}/version", null, cancellationToken);

    public Task<DataPlaneReply> GetBackendAsync(string backend, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Get, $"{Configuration}/backends/{Escape(backend)}?full_section=false", null, cancellationToken);

    public Task<DataPlaneReply> GetServerAsync(string backend, string server, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Get, $"{Servers(backend)}/{Escape(server)}", null, cancellationToken);

    public Task<DataPlaneReply> StartTransactionAsync(long version, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, $"{Transactions}?version={version.ToString(CultureInfo.InvariantCulture)}", null, cancellationToken);

    public Task<DataPlaneReply> ReplaceServerAsync(string backend, string server, string transaction, string body, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Put, $"{Servers(backend)}/{Escape(server)}?{InTransaction(transaction)}", body, cancellationToken);

    public Task<DataPlaneReply> AddServerAsync(string backend, string transaction, string body, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, $"{Servers(backend)}?{InTransaction(transaction)}", body, cancellationToken);

    public Task<DataPlaneReply> DeleteServerAsync(string backend, string server, string transaction, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Delete, $"{Servers(backend)}/{Escape(server)}?{InTransaction(transaction)}", null, cancellationToken);

    public Task<DataPlaneReply> CommitAsync(string transaction, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Put, $"{Transactions}/{Escape(transaction)}?force_reload=false", null, cancellationToken);

    /// <summary>Drops a transaction that will not be committed (the original left them behind).</summary>
    public Task<DataPlaneReply> RollbackAsync(string transaction, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Delete, $"{Transactions}/{Escape(transaction)}", null, cancellationToken);

    public void Dispose() => _client.Dispose();

    private static string Servers(string backend) => $"{Configuration}/backends/{Escape(backend)}/servers";

    private static string InTransaction(string transaction) => $"transaction_id={Escape(transaction)}&force_reload=false";

    private static string Escape(string segment) => Uri.EscapeDataString(segment);

    /// <summary>One request is bounded by <c>timeout</c> and by the longer of <c>read_timeout</c> and <c>write_timeout</c>.</summary>
    private static TimeSpan RequestTimeout(HttpClientSettings http)
    {
        var attempt = http.ReadTimeout is { } read && http.WriteTimeout is { } write ? (read > write ? read : write) : (TimeSpan?)null;
        return (http.Timeout, attempt) switch
        {
            ({ } whole, { } one) => whole < one ? whole : one,
            ({ } whole, null) => whole,
            (null, { } one) => one,
            _ => Timeout.InfiniteTimeSpan,
        };
    }
}
