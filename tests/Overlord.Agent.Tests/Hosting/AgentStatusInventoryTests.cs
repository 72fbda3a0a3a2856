using Overlord.Agent.Tests.Support;
using Overlord.Testing;

namespace Overlord.Agent.Tests.Hosting;

/// <summary>Issue 11.9: <c>inventory.failed</c> of GET /v1/agent/status counts the specs whose last attempt failed.</summary>
public sealed class AgentStatusInventoryTests
{
    [Fact]
    public async Task Inventory_failed_counts_every_failed_spec_whatever_failed()
    {
        await using var host = await AgentTestHost.StartAsync();
        host.Dispatcher.FailingSpecs.Add("job-fails.yml");
        host.Dispatcher.RefusedSpecs.Add("refused.yml");
        host.Repositories.WriteFile("job-fails.yml", SpecTexts.Project("jobfails"));
        host.Repositories.WriteFile("refused.yml", SpecTexts.Project("refused"));
        host.Repositories.WriteFile("invalid.yml", "kind: directorProject\nprojectName: [not, a, name]\n");
        host.Repositories.WriteFile("web.yml", SpecTexts.Project("web"));
        var head = await host.Repositories.CommitAndPushAsync("four specs, three of them fail");

        using var failing = await host.SendGitHubPushAsync("four-specs", head);
        await Eventually.HoldsAsync(async () => (await host.StatusAsync()) is { RunningSyncId: null, LastSync.Trigger: "webhook:four-specs" }, "the four-specs sync to end");
        var afterFailures = (await host.StatusAsync()).Inventory;
        host.Dispatcher.FailingSpecs.Clear();
        host.Dispatcher.RefusedSpecs.Clear();
        host.Repositories.WriteFile("job-fails.yml", SpecTexts.Project("jobfails", environmentValue: "2"));
        host.Repositories.WriteFile("refused.yml", SpecTexts.Project("refused", environmentValue: "2"));
        host.Repositories.WriteFile("invalid.yml", SpecTexts.Project("valid"));
        var fixedHead = await host.Repositories.CommitAndPushAsync("all fixed");
        using var fixing = await host.SendGitHubPushAsync("all-fixed", fixedHead);
        await Eventually.HoldsAsync(async () => (await host.StatusAsync()) is { RunningSyncId: null, LastSync.Trigger: "webhook:all-fixed" }, "the all-fixed sync to end");
        var afterFixes = (await host.StatusAsync()).Inventory;

        // The failed job still reached its node, so that spec counts as deployed too.
        Assert.Equal((3, 3), (afterFailures.Failed, afterFailures.Deployed));
        Assert.Equal((0, 5), (afterFixes.Failed, afterFixes.Deployed));
    }
}
