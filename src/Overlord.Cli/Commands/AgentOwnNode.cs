using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Overlord.Client;
using Overlord.Client.Http;
using Overlord.Core;
using Overlord.Server.Auth;
using Overlord.Server.Hosting;

namespace Overlord.Cli.Commands;

/// <summary>
/// The GitOps agent's client of its own node: the node's port on 127.0.0.1 (or its one listen address), with a
/// token the node signs for itself, valid one hour and renewed ten minutes before it expires. Every datacenter of
/// every spec is reached through it.
/// </summary>
internal sealed class AgentOwnNode : IDisposable
{
    private static readonly TokenExpiry Lifetime = new(1, ExpireUnit.Hours);
    private static readonly TimeSpan RenewBefore = TimeSpan.FromMinutes(10);

    private readonly Lock _lock = new();
    private NodeHost? _host;
    private HttpClient? _http;
    private (OverlordClient Client, DateTimeOffset Expires)? _current;

    /// <summary>Called once the node is built, before it starts (and so before the agent's first sync).</summary>
    public void Attach(NodeHost host) => _host = host;

    public OverlordClient Client()
    {
        var host = _host ?? throw new InvalidOperationException("the agent asked for its node before the node was built");
        lock (_lock)
        {
            var now = DateTimeOffset.UtcNow;
            if (_current is { } current && current.Expires - RenewBefore > now)
            {
                return current.Client;
            }

            _http ??= HttpClientFactory.Create(ClientOptions.Datacenter, Address(host.HttpAddress));
            var token = host.Services.GetRequiredService<TokenService>().Issue(new Dictionary<string, string> { ["overlord.agent"] = "self" }, Lifetime);
            var client = new OverlordClient(_http, new Secret(token), ClientOptions.Datacenter);
            _current = (client, now + Lifetime.Duration);
            return client;
        }
    }

    public void Dispose() => _http?.Dispose();

    /// <summary>A wildcard binding is reached on the loopback; a specific address as it is.</summary>
    private static Uri Address(Uri bound)
    {
        var any = bound.Host is "0.0.0.0" or "[::]" or "::" or "+" or "*" || (IPAddress.TryParse(bound.Host, out var ip) && (ip.Equals(IPAddress.Any) || ip.Equals(IPAddress.IPv6Any)));
        return new UriBuilder(bound) { Host = any ? "127.0.0.1" : bound.Host, Path = "/" }.Uri;
    }
}
