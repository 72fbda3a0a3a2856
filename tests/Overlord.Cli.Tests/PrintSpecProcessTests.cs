using System.Text.Json.Nodes;
using Overlord.Core;
using Overlord.Platform.Processes;
using Overlord.Testing;

namespace Overlord.Cli.Tests;

/// <summary>Runs the built <c>overlord</c> executable as an operator would, in a folder holding a <c>.env</c>.</summary>
public sealed class PrintSpecProcessTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Overlord_print_spec_reads_dot_env_from_its_working_directory()
    {
        using var folder = new PrintSpecTestFolder();
        folder.Write(".env", "OVERLORD_PS_TOKEN=from-dot-env\nOVERLORD_PS_PORT=8080\n");
        folder.Write("web.yml", PrintSpecTestFolder.ProjectSpec);

        var result = await RunAsync(folder, "print-spec", "-f", "web.yml", "--show-secrets");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        var json = JsonNode.Parse(result.StdOut)!;
        Assert.Equal("from-dot-env", (string?)json["datacenters"]!["main"]!["access_token"]);
        Assert.Equal("8080", (string?)json["environment"]!["PORT"]);
    }

    [Fact]
    public async Task Overlord_print_spec_takes_dash_o_as_print_config_does()
    {
        using var folder = new PrintSpecTestFolder();
        folder.Write("web.yml", PrintSpecTestFolder.ProjectSpec);

        var shortForm = await RunAsync(folder, "print-spec", "-f", "web.yml", "-o", "yaml");
        var longForm = await RunAsync(folder, "print-spec", "-f", "web.yml", "--output", "yaml");

        Assert.Equal(ExitCodes.Ok, shortForm.ExitCode);
        Assert.StartsWith("kind: directorProject\n", shortForm.StdOut, StringComparison.Ordinal);
        Assert.Equal(longForm.StdOut, shortForm.StdOut);
    }

    [Fact]
    public async Task Overlord_with_env_file_before_the_command_prefers_it_to_dot_env()
    {
        using var folder = new PrintSpecTestFolder();
        folder.Write(".env", "OVERLORD_PS_TOKEN=from-dot-env\nOVERLORD_PS_PORT=1\n");
        folder.Write("prod.env", "OVERLORD_PS_TOKEN=from-profile\nOVERLORD_PS_PORT=9090\n");
        folder.Write("web.yml", PrintSpecTestFolder.ProjectSpec);

        var result = await RunAsync(folder, "-e", "prod.env", "print-spec", "-f", "web.yml", "--output", "yaml");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains("    access_token: '***'\n", result.StdOut, StringComparison.Ordinal);
        Assert.Contains("  PORT: \"9090\"\n", result.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Overlord_print_spec_of_a_refused_spec_exits_78()
    {
        using var folder = new PrintSpecTestFolder();
        folder.Write("bad.yml", "kind: project\n");

        var result = await RunAsync(folder, "print-spec", "-f", "bad.yml");

        Assert.Equal(ExitCodes.Config, result.ExitCode);
        Assert.Equal("", result.StdOut);
        Assert.Contains("bad.yml:1:7: kind: unknown kind 'project'", result.StdErr, StringComparison.Ordinal);
    }

    private static Task<ToolResult> RunAsync(PrintSpecTestFolder folder, params string[] args) =>
        ToolRunner.RunAsync(RepositoryLayout.OverlordExecutable, args, new ToolRunOptions { WorkingDirectory = folder.Path, Timeout = Limit }, TestContext.Current.CancellationToken);

}
