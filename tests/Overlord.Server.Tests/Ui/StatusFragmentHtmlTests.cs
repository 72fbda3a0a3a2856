using System.Text.Json;
using Overlord.Client.Contract;
using Overlord.Server.Ui;

namespace Overlord.Server.Tests.Ui;

/// <summary>The status page writes what nodes, users and services chose (labels, names, outputs) as text, never as markup.</summary>
public sealed class StatusFragmentHtmlTests
{
    private const string Hostile = "<script>alert(1)</script>\"><img src=x onerror=alert(2)>";

    [Fact]
    public void Labels_project_names_outputs_and_agent_notes_are_escaped()
    {
        var project = new ProjectInfo
        {
            State = "DONE",
            Services = [new ProjectService { Name = Hostile, Status = 0 }],
            Up = new OperationStatus
            {
                Operation = "up",
                LastUpdate = 3,
                Output = new OperationOutput { Rc = 0, Stdout = JsonSerializer.SerializeToElement(Hostile), Stderr = Hostile },
            },
        };
        var node = new StatusPageNode(Hostile, [Hostile], Reachable: true, Error: null, SmartTimeout: "enabled", new Dictionary<string, ProjectInfo> { [Hostile] = project });
        var agent = new AgentPageStatus(
            "file:///repo.git", "main", null, null, null, [new AgentPagePair(Hostile, Hostile, "synced", Hostile)], [new AgentPageCommit("abc", Hostile, [Hostile])]);

        var html = StatusFragmentHtml.Write(new StatusPageData([node], agent, DateTimeOffset.UnixEpoch));

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("data-state=\"DONE\"", html, StringComparison.Ordinal);
        Assert.Contains("last operation: up, 3 s ago, rc 0", html, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unreachable_node_says_why_and_shows_no_projects_line()
    {
        var node = new StatusPageNode("alpha.beta", [], Reachable: false, "504: no answer", "disabled by its parent", new Dictionary<string, ProjectInfo>());

        var html = StatusFragmentHtml.Write(new StatusPageData([node], null, DateTimeOffset.UnixEpoch));

        Assert.Contains("data-chain=\"alpha.beta\" data-reachable=\"false\"", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"badge bad\">unreachable</span>", html, StringComparison.Ordinal);
        Assert.Contains("504: no answer", html, StringComparison.Ordinal);
        Assert.Contains("smart timeout: disabled by its parent", html, StringComparison.Ordinal);
        Assert.DoesNotContain("no projects", html, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"agent\"", html, StringComparison.Ordinal);
    }
}
