using System.Text.Json.Nodes;
using Overlord.Core;
using Overlord.Platform.Processes;
using Overlord.Testing;

namespace Overlord.Cli.Tests;

/// <summary>The real, built <c>overlord</c> executable, with <c>OVERLORD_CONFIG</c> and the working directory of the child only.</summary>
public sealed class PrintConfigExecutableTests : IDisposable
{
    private readonly TempDirectory _folder = new("overlord-print-config-exe");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Overlord_config_named_in_the_environment_is_printed()
    {
        var file = Path.Combine(_folder.Path, "node.yml");
        await File.WriteAllTextAsync(file, "port: 8123\nlabels: [web]\n", TestContext.Current.CancellationToken);

        var result = await RunAsync(new Dictionary<string, string> { ["OVERLORD_CONFIG"] = file });

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        var tree = JsonNode.Parse(result.StdOut)!;
        Assert.Equal(8123, tree["port"]!.GetValue<int>());
        Assert.Equal("web", tree["labels"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task A_missing_file_named_in_the_environment_exits_66()
    {
        var result = await RunAsync(new Dictionary<string, string> { ["OVERLORD_CONFIG"] = Path.Combine(_folder.Path, "absent.yml") });

        Assert.Equal(ExitCodes.NoInput, result.ExitCode);
        Assert.Contains("does not exist", result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_the_variable_the_file_in_the_working_directory_is_used()
    {
        await File.WriteAllTextAsync(Path.Combine(_folder.Path, ".overlord.yml"), "port: 8124\n", TestContext.Current.CancellationToken);

        // An empty OVERLORD_CONFIG counts as unset, whatever the test process's own environment holds.
        var result = await RunAsync(new Dictionary<string, string> { ["OVERLORD_CONFIG"] = "" });

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Equal(8124, JsonNode.Parse(result.StdOut)!["port"]!.GetValue<int>());
    }

    private Task<ToolResult> RunAsync(Dictionary<string, string> environment) =>
        ToolRunner.RunAsync(
            RepositoryLayout.OverlordExecutable,
            ["print-config"],
            new ToolRunOptions { WorkingDirectory = _folder.Path, Environment = environment, Timeout = TimeSpan.FromSeconds(60) },
            TestContext.Current.CancellationToken);

}
