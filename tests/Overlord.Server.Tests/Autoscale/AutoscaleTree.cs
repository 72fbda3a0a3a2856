using System.Text.Json.Nodes;
using Overlord.Server.Autoscale;

namespace Overlord.Server.Tests.Autoscale;

/// <summary>
/// Three process-runtime nodes on 127.0.0.1: <c>root</c> (labels web, root) with children <c>alpha</c> and
/// <c>bravo</c> (web). Root holds the Makejail metadata that autoScale.metadata replicates, and autoscales
/// project <c>web</c>; its cycles run when a test asks (the service's own sleep is an hour).
/// </summary>
internal sealed class AutoscaleTree : IAsyncDisposable
{
    public const string Project = "web";
    public const string Key = "overlord.autoscale.web";
    public const string Polling = "polling:\n  autoscale: 3600\n  skew: [0, 0]\n";

    private AutoscaleTree(RunningNode root, RunningNode alpha, RunningNode bravo)
    {
        Root = root;
        Alpha = alpha;
        Bravo = bravo;
    }

    public RunningNode Root { get; }

    public RunningNode Alpha { get; }

    public RunningNode Bravo { get; }

    public IEnumerable<RunningNode> All => [Root, Alpha, Bravo];

    public static async Task<AutoscaleTree> StartAsync(string rootYaml = "")
    {
        var alpha = await RunningNode.StartAsync(new NodeSpec { Runtime = "process", Labels = ["web"], ExtraYaml = Polling });
        var bravo = await RunningNode.StartAsync(new NodeSpec { Runtime = "process", Labels = ["web"], ExtraYaml = Polling });
        var root = await RunningNode.StartAsync(new NodeSpec
        {
            Runtime = "process",
            Labels = ["web", "root"],
            Chains = [ChainSpec.To("alpha", alpha), ChainSpec.To("bravo", bravo)],
            ExtraYaml = Polling + rootYaml,
        });
        await root.PostAsync("/v1/metadata/Makejail", """{"value": "STAGE start\nCMD sleep 600\n"}""");
        return new AutoscaleTree(root, alpha, bravo);
    }

    /// <summary>The autoscale metadata as apply writes it: the project, an environment, and <paramref name="autoScale"/> (JSON).</summary>
    public static string Document(string autoScale, string variable = "one") => new JsonObject
    {
        ["projectFile"] = "services:\n  app:\n    makejail: Makejail\n",
        ["environment"] = new JsonObject { ["VARIABLE"] = variable },
        ["autoScale"] = JsonNode.Parse(autoScale),
        ["reserve_port"] = new JsonObject(),
    }.ToJsonString();

    /// <summary>Writes (or replaces) the autoscale metadata on <paramref name="node"/>.</summary>
    public static async Task WriteAsync(RunningNode node, string key, string value)
    {
        var body = new JsonObject { ["value"] = value }.ToJsonString();
        var created = await node.PostAsync($"/v1/metadata/{key}", body);
        var updated = await node.SendAsync(HttpMethod.Put, $"/v1/metadata/{key}", body);
        Assert.True(created.Status == 201 && updated.Status == 200, created.Text + updated.Text);
    }

    public Task WriteAsync(string autoScale, string variable = "one") => WriteAsync(Root, Key, Document(autoScale, variable));

    /// <summary>Runs one autoscale cycle of <paramref name="node"/> (root by default) to its end.</summary>
    public async Task CycleAsync(RunningNode? node = null) => await (node ?? Root).Service<AutoscaleCycle>().RunAsync(TestContext.Current.CancellationToken);

    /// <summary>Director's state of the project on <paramref name="node"/>, or null when it has none.</summary>
    public static async Task<string?> StateAsync(RunningNode node)
    {
        var info = await node.GetAsync($"/v1/project/info/{Project}");
        return info.Status == 200 ? info.Json["info"]?["state"]?.GetValue<string>() : null;
    }

    public static Task WaitStateAsync(RunningNode node, string? state) =>
        Eventually.HoldsAsync(async () => await StateAsync(node) == state, $"project {Project} to be {state ?? "gone"} on {node.Address}");

    /// <summary>The kinds of the project's jobs on <paramref name="node"/>, oldest first.</summary>
    public static async Task<List<string>> JobKindsAsync(RunningNode node)
    {
        var jobs = (await node.GetAsync($"/v1/project/jobs/{Project}")).Json["jobs"]!.AsArray();
        return jobs.Select(job => job!["kind"]!.GetValue<string>()).ToList();
    }

    /// <summary>Waits until no job of the project is queued or running on any node (or on <paramref name="only"/>).</summary>
    public async Task WaitJobsEndedAsync(params RunningNode[] only) =>
        await Eventually.HoldsAsync(
            async () =>
            {
                foreach (var node in only.Length > 0 ? only : All)
                {
                    var jobs = (await node.GetAsync($"/v1/project/jobs/{Project}")).Json["jobs"]!.AsArray();
                    if (jobs.Any(job => job!["state"]!.GetValue<string>() is "queued" or "running"))
                    {
                        return false;
                    }
                }

                return true;
            },
            "every job to end");

    public async ValueTask DisposeAsync()
    {
        foreach (var node in All)
        {
            await node.DisposeAsync();
        }
    }
}
