using Overlord.Cli.Output;
using Overlord.Client.Deployment;
using Overlord.Core.Results;

namespace Overlord.Cli.Tests;

public sealed class DeployEventTextTests
{
    private static readonly DeployTarget Root = new("main", null, ["all"]);
    private static readonly DeployTarget Alpha = new("main", "alpha", ["all"]);

    [Fact]
    public void Queued_job_names_target_project_and_job()
    {
        Assert.Equal("main.(root): project web: job 12 queued", DeployEventText.Format(DeployEvent.Dispatched(new DeployStep(Root, DeployAction.ProjectUp, "web", 12))));
    }

    [Fact]
    public void Metadata_written_without_a_job()
    {
        Assert.Equal("main.alpha: metadata web.conf: written", DeployEventText.Format(DeployEvent.Dispatched(new DeployStep(Alpha, DeployAction.MetadataWrite, "web.conf"))));
        Assert.Equal("main.alpha: namespace site: deleted", DeployEventText.Format(DeployEvent.Dispatched(new DeployStep(Alpha, DeployAction.NamespaceDelete, "site"))));
    }

    [Fact]
    public void Failed_dispatch_carries_the_nodes_error()
    {
        var step = new DeployStep(Alpha, DeployAction.VmCreate, "vm1", Error: new OverlordError(ErrorCodes.NotFound, "(entrypoint:http://h:1, chain:alpha, status:404) Resource not found."));

        Assert.Equal("main.alpha: VM vm1: failed: (entrypoint:http://h:1, chain:alpha, status:404) Resource not found.", DeployEventText.Format(DeployEvent.Dispatched(step)));
    }

    [Theory]
    [InlineData(DeployState.Running, null, "main.(root): project web: job 3 running")]
    [InlineData(DeployState.Completed, null, "main.(root): project web: job 3 completed")]
    [InlineData(DeployState.Failed, "bad", "main.(root): project web: job 3 failed: bad")]
    [InlineData(DeployState.Unreachable, "cannot reach", "main.(root): project web: job 3 unreachable: cannot reach")]
    [InlineData(DeployState.TimedOut, "still queued after 5 s", "main.(root): project web: job 3 timed out: still queued after 5 s")]
    public void Wait_states_one_line_each(DeployState state, string? message, string expected)
    {
        Assert.Equal(expected, DeployEventText.Format(new DeployEvent(new DeployStep(Root, DeployAction.ProjectDown, "web", 3), state, message)));
    }
}
