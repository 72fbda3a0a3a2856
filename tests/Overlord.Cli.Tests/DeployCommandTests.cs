using Overlord.Core;
using Overlord.Testing;

namespace Overlord.Cli.Tests;

/// <summary>apply, destroy and cancel: what they refuse before talking to any node, and an unreachable datacenter.</summary>
public sealed class DeployCommandTests
{
    private const string Project = "projectName: web\nprojectFile: \"services: {}\\n\"";

    [Fact]
    public async Task Apply_of_a_readOnly_spec_exits_78_without_contacting_the_node()
    {
        using var folder = new DeployTestFolder();
        folder.WriteSpec("readOnly", "", TestPorts.ClosedUrl());

        var (code, stdout, stderr) = await folder.RunAsync("apply", "-f", "spec.yml");

        Assert.Equal(ExitCodes.Config, code);
        Assert.Equal("", stdout);
        Assert.Equal("overlord: kind readOnly only selects nodes for get-info; it cannot be applied\n", stderr);
    }

    [Fact]
    public async Task Missing_spec_file_exits_66()
    {
        using var folder = new DeployTestFolder();

        var (code, _, stderr) = await folder.RunAsync("destroy", "-f", "absent.yml");

        Assert.Equal(ExitCodes.NoInput, code);
        Assert.Equal("overlord: absent.yml: the spec file does not exist\n", stderr);
    }

    [Fact]
    public async Task Datacenter_without_a_token_exits_78_naming_it()
    {
        using var folder = new DeployTestFolder();
        folder.WriteSpec("directorProject", Project, TestPorts.ClosedUrl(), token: "");

        var (code, _, stderr) = await folder.RunAsync("apply", "-f", "spec.yml");

        Assert.Equal(ExitCodes.Config, code);
        Assert.Contains("datacenter 'main' has no access_token", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Datacenter_whose_node_is_down_exits_69_after_saying_nothing_was_deployed()
    {
        using var folder = new DeployTestFolder();
        folder.WriteSpec("directorProject", Project, TestPorts.ClosedUrl());

        var (code, stdout, stderr) = await folder.RunAsync("apply", "-f", "spec.yml");

        Assert.Equal(ExitCodes.Unavailable, code);
        Assert.Equal("", stdout);
        Assert.Contains("warning: main.(root): unreachable: ", stderr, StringComparison.Ordinal);
        Assert.Contains("No deployment has had any effect.\n", stderr, StringComparison.Ordinal);
        Assert.EndsWith("overlord: no node of main could be reached\n", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancel_of_a_metadata_spec_exits_78()
    {
        using var folder = new DeployTestFolder();
        folder.WriteSpec("metadata", "metadata:\n  a: b", TestPorts.ClosedUrl());

        var (code, _, stderr) = await folder.RunAsync("cancel", "-f", "spec.yml");

        Assert.Equal(ExitCodes.Config, code);
        Assert.Contains("kind metadata cannot be cancelled", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Apply_with_a_timeout_that_is_not_positive_is_a_usage_error()
    {
        using var folder = new DeployTestFolder();
        folder.WriteSpec("directorProject", Project, TestPorts.ClosedUrl());

        var (code, _, _) = await folder.RunAsync("apply", "-f", "spec.yml", "--wait", "--timeout", "0");

        Assert.Equal(ExitCodes.Usage, code);
    }
}
