using System.Net.Http.Json;
using System.Text.Json;

namespace Overlord.Cli.Tests.Walkthroughs;

/// <summary>What the convergence walkthroughs share: their specs (a page and its Makejail as metadata, a project serving
/// it on a port per region label), node config parts, a destroy behind the agent's back, and agent-status read as JSON.</summary>
internal static class ConvergenceTree
{
    /// <summary>Smart timeouts of a second or two, so that a node that comes back is asked again soon.</summary>
    public const string QuickRetry = "autodisable:\n  interval: 1\n  increase: 1\n  max-increase: 1\n";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public static string Chains(params (string Name, int Port, string Token)[] chains) =>
        "chains:\n" + string.Concat(chains.Select(chain => $"  {chain.Name}:\n    entrypoint: http://127.0.0.1:{chain.Port}\n    access_token: {chain.Token}\n"));

    /// <summary>The metadata spec: the page, and the Makejail that copies it (read as <c>${OVERLORD_METADATA}/page.txt</c>) and serves it.</summary>
    public static string Files(string page) =>
        $"kind: metadata\ndatacenters:\n  main: {{}}\ndeployIn:\n  labels: [web]\nmetadata:\n  page.txt: \"{page}\\n\"\n  hello.makejail: |\n    ARG port\n    WORKDIR www\n    RUN cat \"${{OVERLORD_METADATA}}/page.txt\" > index.html\n    STAGE start\n    CMD ${{OVERLORD_BIN}} httpd --listen 127.0.0.1:${{port}} --root ${{OVERLORD_ROOT}}/www\n";

    /// <summary>The project, listening on the port of each node's region label.</summary>
    public static string Project(IReadOnlyDictionary<string, int> web) =>
        "kind: directorProject\ndatacenters:\n  main: {}\ndeployIn:\n  labels: [web]\nprojectName: hello\nlabelsEnvironment:\n"
        + string.Concat(web.Select(pair => $"  {pair.Key}: {{ PORT: '{pair.Value}' }}\n"))
        + "projectFile: |\n  services:\n    web:\n      makejail: hello.makejail\n      arguments:\n        - port: !ENV '${PORT}'\n";

    /// <summary>A down sent straight to the node, as an operator would by hand.</summary>
    public static async Task DestroyByHandAsync(int port, string token)
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"http://127.0.0.1:{port}/v1/project/down/hello") { Content = JsonContent.Create(new { force = true }) };
        request.Headers.Add("Authorization", "Bearer " + token);
        using var response = await http.SendAsync(request, Token);
        Assert.True(response.IsSuccessStatusCode, $"down by hand: {(int)response.StatusCode}");
    }

    /// <summary>What <c>agent-status --output json</c> printed.</summary>
    public sealed record AgentStatus(JsonElement Root)
    {
        public string? LastApplied => Root.GetProperty("last_applied_commit").GetString();

        private IEnumerable<JsonElement> Deployments => Root.GetProperty("deployments").EnumerateArray();

        public bool Has(string spec, string node, string status) =>
            Deployments.Any(row => row.GetProperty("spec").GetString() == spec && row.GetProperty("node").GetString() == node && row.GetProperty("status").GetString() == status);

        public bool Knows(string chain) => Root.GetProperty("nodes").EnumerateArray().Any(node => node.GetProperty("node").GetString() == chain);

        public bool AllSynced(int count) => Deployments.Count() == count && Deployments.All(row => row.GetProperty("status").GetString() == "synced");

        public string[] Nodes(string spec) =>
            Deployments.Where(row => row.GetProperty("spec").GetString() == spec).Select(row => row.GetProperty("node").GetString()!).Order(StringComparer.Ordinal).ToArray();
    }
}
