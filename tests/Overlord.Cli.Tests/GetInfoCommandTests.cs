using Overlord.Core;
using Overlord.Testing;

namespace Overlord.Cli.Tests;

/// <summary>get-info and the log commands: usage errors and unknown datacenters, before any node is asked.</summary>
public sealed class GetInfoCommandTests
{
    [Fact]
    public async Task Autoscale_without_a_project_name_exits_64()
    {
        using var folder = new DeployTestFolder();
        folder.WriteSpec("readOnly", "", TestPorts.ClosedUrl());

        var (code, _, stderr) = await folder.RunAsync("get-info", "-f", "spec.yml", "-t", "autoscale");

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("needs at least one project name", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_filter_pattern_exits_64()
    {
        using var folder = new DeployTestFolder();
        folder.WriteSpec("readOnly", "", TestPorts.ClosedUrl());

        var (code, _, stderr) = await folder.RunAsync("get-info", "-f", "spec.yml", "-t", "jails", "--filter", "(");

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("--filter '(' is not a valid regular expression", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_type_is_a_usage_error()
    {
        using var folder = new DeployTestFolder();
        folder.WriteSpec("readOnly", "", TestPorts.ClosedUrl());

        var (code, _, _) = await folder.RunAsync("get-info", "-f", "spec.yml", "-t", "everything");

        Assert.Equal(ExitCodes.Usage, code);
    }

    [Fact]
    public async Task Unreachable_datacenter_is_a_warning_and_exit_69_with_an_empty_json_document()
    {
        using var folder = new DeployTestFolder();
        folder.WriteSpec("readOnly", "", TestPorts.ClosedUrl());

        var (code, stdout, stderr) = await folder.RunAsync("get-info", "-f", "spec.yml", "-t", "projects", "--output", "json");

        Assert.Equal(ExitCodes.Unavailable, code);
        Assert.Contains("\"nodes\": []", stdout, StringComparison.Ordinal);
        Assert.Contains("warning: main.(root): unreachable:", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Log_of_an_unknown_datacenter_exits_66()
    {
        using var folder = new DeployTestFolder();
        folder.WriteSpec("readOnly", "", TestPorts.ClosedUrl());

        var (code, _, stderr) = await folder.RunAsync("get-project-log", "-f", "spec.yml", "-d", "2026-01-02_10h11m12s", "-s", "web", "-l", "start.log", "backup.alpha");

        Assert.Equal(ExitCodes.NoInput, code);
        Assert.Equal("overlord: (datacenter:backup) data center cannot be found.\n", stderr);
    }

    [Fact]
    public async Task Jail_log_takes_its_own_dash_e_after_the_subcommand()
    {
        using var folder = new DeployTestFolder();
        folder.WriteSpec("readOnly", "", TestPorts.ClosedUrl());

        var (code, _, stderr) = await folder.RunAsync("get-jail-log", "-f", "spec.yml", "-t", "jails", "-e", "web1", "-s", "console", "-l", "a.log", "main");

        Assert.Equal(ExitCodes.Unavailable, code);
        Assert.Contains("cannot reach", stderr, StringComparison.Ordinal);
    }
}
