using System.Text.Json.Nodes;
using Overlord.Core;
using Overlord.Runtime.Processes;

namespace Overlord.Cli.Tests;

/// <summary>The real, built <c>overlord</c> executable, with <c>OVERLORD_CONFIG</c> and the working directory of the child only.</summary>
public sealed class PrintConfigExecutableTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("overlord-print-config-exe-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Overlord_config_named_in_the_environment_is_printed()
    {
        var file = Path.Combine(_folder, "node.yml");
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
        var result = await RunAsync(new Dictionary<string, string> { ["OVERLORD_CONFIG"] = Path.Combine(_folder, "absent.yml") });

        Assert.Equal(ExitCodes.NoInput, result.ExitCode);
        Assert.Contains("does not exist", result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_the_variable_the_file_in_the_working_directory_is_used()
    {
        await File.WriteAllTextAsync(Path.Combine(_folder, ".overlord.yml"), "port: 8124\n", TestContext.Current.CancellationToken);

        // An empty OVERLORD_CONFIG counts as unset, whatever the test process's own environment holds.
        var result = await RunAsync(new Dictionary<string, string> { ["OVERLORD_CONFIG"] = "" });

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Equal(8124, JsonNode.Parse(result.StdOut)!["port"]!.GetValue<int>());
    }

    private Task<ToolResult> RunAsync(Dictionary<string, string> environment) =>
        ToolRunner.RunAsync(
            OverlordExecutable(),
            ["print-config"],
            new ToolRunOptions { WorkingDirectory = _folder, Environment = environment, Timeout = TimeSpan.FromSeconds(60) },
            TestContext.Current.CancellationToken);

    /// <summary>src/Overlord.Cli/bin/&lt;configuration&gt;/net10.0/overlord, built with this test project.</summary>
    private static string OverlordExecutable()
    {
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var configuration = output.Parent!.Name;
        var root = output;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Overlord.sln")))
        {
            root = root.Parent;
        }

        Assert.NotNull(root);
        var name = OperatingSystem.IsWindows() ? "overlord.exe" : "overlord";
        var path = Path.Combine(root.FullName, "src", "Overlord.Cli", "bin", configuration, output.Name, name);
        Assert.True(File.Exists(path), $"{path} is not built");
        return path;
    }
}
