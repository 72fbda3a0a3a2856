using System.Diagnostics;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Overlord.Bench.Git;

namespace Overlord.Bench.Nodes;

/// <summary>
/// A root node served with <c>agent:</c> watching a <see cref="SpecRepository"/> (polling only hourly: syncs come
/// from the bench), its only chain <c>alpha</c> being the <see cref="TargetNode"/>, or its chains those of the
/// <see cref="NodeTree"/>'s root. Talks to the agent's routes.
/// </summary>
public sealed class AgentNode : IAsyncDisposable
{
    private const string WebhookSecret = "bench webhook secret";

    private readonly HttpClient _http;
    private readonly SpecRepository _repository;

    private AgentNode(ServedNode node, SpecRepository repository)
    {
        Node = node;
        _repository = repository;
        _http = new HttpClient { BaseAddress = new Uri(node.Address + "/"), Timeout = TimeSpan.FromMinutes(20) };
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", node.Token);
    }

    public ServedNode Node { get; }

    /// <summary>An agent whose only node below it is <paramref name="target"/>; its own node (labelled <c>root</c>) holds nothing.</summary>
    public static Task<AgentNode> StartAsync(OverlordCli cli, string directory, SpecRepository repository, TargetNode target, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        return StartAsync(cli, directory, repository, ["root"], [new ChainLink("alpha", target.Address, target.Token)], cancellationToken);
    }

    /// <summary>An agent on a node with <paramref name="labels"/> and <paramref name="chains"/>.</summary>
    public static async Task<AgentNode> StartAsync(
        OverlordCli cli, string directory, SpecRepository repository, IEnumerable<string> labels, IEnumerable<ChainLink> chains, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cli);
        ArgumentNullException.ThrowIfNull(repository);
        var port = FreePort.Next();
        var agent = $"agent:\n  repository: '{repository.Origin}'\n  interval: 3600\n  webhooks:\n    github:\n      secret: '{WebhookSecret}'\n";
        var config = NodeConfig.Write(directory, port, labels, chains, agent);
        var token = await cli.GenTokenAsync(config, cancellationToken);
        return new AgentNode(await ServedNode.StartAsync(cli, config, port, token, cancellationToken), repository);
    }

    /// <summary><c>POST /v1/agent/sync {"wait": true}</c>: one sync to its end; returns its state and how many steps it ran.</summary>
    public async Task<(string State, int Steps)> SyncAsync(CancellationToken cancellationToken)
    {
        using var content = new StringContent("""{"wait":true}""", Encoding.UTF8, "application/json");
        using var response = await _http.PostAsync(new Uri("v1/agent/sync", UriKind.Relative), content, cancellationToken);
        using var body = await ReadAsync(response, cancellationToken);
        return (body.RootElement.GetProperty("state").GetString() ?? "", body.RootElement.GetProperty("steps").GetArrayLength());
    }

    /// <summary><see cref="SyncAsync"/>, failing the bench unless the sync ended in <paramref name="state"/> with <paramref name="steps"/> steps.</summary>
    public async Task ExpectSyncAsync(string state, int steps, CancellationToken cancellationToken)
    {
        var outcome = await SyncAsync(cancellationToken);
        if (outcome.State != state || outcome.Steps != steps)
        {
            throw new InvalidOperationException($"a sync ended {outcome.State} with {outcome.Steps} steps, not {state} with {steps}");
        }
    }

    /// <summary>True once the agent has applied <paramref name="commit"/> and runs nothing.</summary>
    public async Task<bool> IdleAtAsync(string commit, CancellationToken cancellationToken) =>
        (await StatusAsync(cancellationToken)).IdleAt(commit);

    /// <summary><c>GET /v1/agent/status</c>.</summary>
    public async Task<AgentStatus> StatusAsync(CancellationToken cancellationToken)
    {
        using var response = await _http.GetAsync(new Uri("v1/agent/status", UriKind.Relative), cancellationToken);
        using var body = await ReadAsync(response, cancellationToken);
        return AgentStatus.Read(body.RootElement);
    }

    /// <summary>
    /// A GitHub push delivery for <paramref name="after"/>, signed with the agent's secret: when it was sent (a
    /// <see cref="Stopwatch"/> timestamp), how long the answer took, and its status code.
    /// </summary>
    public async Task<WebhookDelivery> WebhookAsync(string after, CancellationToken cancellationToken)
    {
        var body = $$$"""{"ref":"refs/heads/main","after":"{{{after}}}","repository":{"clone_url":"{{{_repository.Origin}}}"}}""";
        var signature = "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(WebhookSecret), Encoding.UTF8.GetBytes(body)));
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("v1/webhooks/github", UriKind.Relative))
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-GitHub-Event", "push");
        request.Headers.Add("X-GitHub-Delivery", Guid.NewGuid().ToString());
        request.Headers.Add("X-Hub-Signature-256", signature);
        var sent = Stopwatch.GetTimestamp();
        using var response = await _http.SendAsync(request, cancellationToken);
        return new WebhookDelivery((int)response.StatusCode, sent, Stopwatch.GetElapsedTime(sent));
    }

    private static async Task<JsonDocument> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {text}");
        }

        return JsonDocument.Parse(text);
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await Node.DisposeAsync();
    }
}
