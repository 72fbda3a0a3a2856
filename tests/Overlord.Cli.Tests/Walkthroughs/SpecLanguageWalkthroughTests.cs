using System.Text.Json.Nodes;
using Overlord.Core;
using Overlord.Platform.Processes;
using Overlord.Testing;

namespace Overlord.Cli.Tests.Walkthroughs;

/// <summary>
/// Issue 2's "Done when", played with the real executable as a new user would: spec files written for the
/// original Overlord (a project with !ENV and .env, autoscale, labelsEnvironment; a vmJail with a full
/// diskLayout and an -e profile; metadata with multi-line values) print and exit 0; a malformed one prints
/// every problem as FILE:LINE:COLUMN: field: message and exits 78; an alias bomb is refused.
/// </summary>
public sealed class SpecLanguageWalkthroughTests : IDisposable
{
    private readonly TempDirectory _folder = new("overlord-walk");

    public SpecLanguageWalkthroughTests()
    {
        var specs = Path.Combine(AppContext.BaseDirectory, "Walkthroughs", "Specs");
        foreach (var file in Directory.GetFiles(specs))
        {
            var name = Path.GetFileName(file) == "dot.env" ? ".env" : Path.GetFileName(file);
            File.Copy(file, _folder.Combine(name));
        }
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_project_with_env_values_and_autoscale_prints_with_defaults_filled_in()
    {
        var result = await RunAsync("print-spec", "-f", "web.yml");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        var spec = JsonNode.Parse(result.StdOut)!;
        Assert.Equal("http://127.0.0.1:8888", (string?)spec["datacenters"]!["main"]!["entrypoint"]);
        Assert.Equal("***", (string?)spec["datacenters"]!["main"]!["access_token"]);
        Assert.Equal("1.26", (string?)spec["environment"]!["VERSION"]);
        Assert.Equal("2", (string?)spec["labelsEnvironment"]!["desktop"]!["WORKERS"]);
        Assert.Equal(0, (int)spec["maximumDeployments"]!);
        Assert.Equal(3, (int)spec["autoScale"]!["replicas"]!["min"]!);
        Assert.Contains("nginx_tag: !ENV '${VERSION}'", (string?)spec["projectFile"], StringComparison.Ordinal);
        Assert.StartsWith("{\n    \"kind\": \"directorProject\",", result.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_vm_with_a_full_disk_layout_prints_with_its_env_profile()
    {
        var result = await RunAsync("-e", "vm.env", "print-spec", "-f", "vm.yml", "--output", "yaml");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains("  cpu: \"2\"\n", result.StdOut, StringComparison.Ordinal);
        Assert.Contains("    osVersion: 14.2-RELEASE\n", result.StdOut, StringComparison.Ordinal);
        Assert.Contains("pass: 1", result.StdOut, StringComparison.Ordinal);
        // With -e, ./.env is not read (as the original), so the datacenter variables are unset: a warning each.
        Assert.Contains("warning: vm.yml:4:17: the variable 'ENTRYPOINT' is not set", result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Metadata_with_multi_line_values_keeps_them_byte_identical()
    {
        var result = await RunAsync("print-spec", "-f", "meta.yml");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        var spec = JsonNode.Parse(result.StdOut)!;
        Assert.Equal("worker_processes  1;\nevents {\n    worker_connections  1024;\n}\n", (string?)spec["metadata"]!["web.nginx.conf"]);
    }

    [Fact]
    public async Task A_malformed_spec_reports_every_problem_in_file_order_and_exits_78()
    {
        var result = await RunAsync("print-spec", "-f", "bad.yml");

        Assert.Equal(ExitCodes.Config, result.ExitCode);
        Assert.Equal("", result.StdOut);
        var lines = result.StdErr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(11, lines.Length);
        Assert.Equal("bad.yml:7:7: deployIn.labels[0]: 'Web' is not valid; a label is lower-case letters and digits, starting with a letter, with single '.' or '-' between letters (^[a-z][a-z0-9]*((\\.|-)?[a-z][a-z0-9]*)*$)", lines[0]);
        Assert.StartsWith("bad.yml:9:12: deployIn.exclude: expected a list", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("bad.yml:10:21: maximumDeployments: -1 is out of range", lines[2], StringComparison.Ordinal);
        Assert.StartsWith("bad.yml:23:1: colour: unknown key", lines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_alias_bomb_is_refused_without_expanding_it()
    {
        var lines = new List<string> { "a0: &a0 [x, x, x, x, x, x, x, x, x, x]" };
        for (var i = 1; i < 20; i++)
        {
            lines.Add($"a{i}: &a{i} [{string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 10))}]");
        }

        _folder.Write("bomb.yml", string.Join('\n', lines) + "\n");

        var result = await RunAsync("print-spec", "-f", "bomb.yml");

        Assert.Equal(ExitCodes.Config, result.ExitCode);
        Assert.Contains("bomb.yml:5:5: aliases expand this document to more than", result.StdErr, StringComparison.Ordinal);
    }

    private Task<ToolResult> RunAsync(params string[] args) =>
        ToolRunner.RunAsync(
            RepositoryLayout.OverlordExecutable,
            args,
            new ToolRunOptions { WorkingDirectory = _folder.Path, Timeout = TimeSpan.FromSeconds(60) },
            TestContext.Current.CancellationToken);
}
