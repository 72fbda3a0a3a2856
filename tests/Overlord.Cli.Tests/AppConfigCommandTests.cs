using Overlord.Core;
using Overlord.Testing;

namespace Overlord.Cli.Tests;

/// <summary>apply, destroy, get-info and print-template of appConfig specs against real nodes in the test process.</summary>
public sealed class AppConfigCommandTests
{
    private const string ProjectTemplate = """
        kind: directorProject
        projectName: ${appName}
        projectFile: |
          services:
        % for name in services.split(','):
            ${name}:
              makejail: Makejail
        % endfor
        """;

    [Fact]
    public async Task Apply_of_an_appConfig_spec_deploys_the_project_its_template_renders_and_destroy_removes_it()
    {
        await using var tree = await NodeTree.StartAsync();
        using var folder = new DeployTestFolder();
        await AppConfigFiles.PublishTemplateAsync(folder, tree.Root, ProjectTemplate, label: "web");
        AppConfigFiles.WriteAppConfig(folder, tree.Root, "appConfig:\n  services: web,db");

        var apply = await folder.RunAsync("apply", "-f", "app.yml", "--wait", "--timeout", "60");

        Assert.True(apply.ExitCode == ExitCodes.Ok, apply.StdErr + apply.StdOut);
        Assert.Matches(@"^main\.alpha: project blog: job \d+ queued\nmain\.bravo: project blog: job \d+ queued\n", apply.StdOut);
        Assert.Single(tree.Alpha.Tools.CommandLines(), IsUpOfBlog);
        Assert.Single(tree.Bravo.Tools.CommandLines(), IsUpOfBlog);
        Assert.DoesNotContain(tree.Charlie.Tools.CommandLines(), IsUpOfBlog);

        var info = await folder.RunAsync("get-info", "-f", "app.yml", "-t", "projects", "--filter-per-project");

        Assert.Equal(2, info.StdOut.Split("    blog:\n      state: DONE").Length - 1);

        var destroy = await folder.RunAsync("destroy", "-f", "app.yml", "--wait", "--timeout", "60");

        Assert.True(destroy.ExitCode == ExitCodes.Ok, destroy.StdErr + destroy.StdOut);
        Assert.Matches(@"main\.alpha: project blog: job \d+ completed", destroy.StdOut);
    }

    [Fact]
    public async Task Print_template_prints_the_rendered_spec_with_the_appConfig_targets()
    {
        await using var node = await RunningNode.StartAsync(new NodeSpec { Name = "solo", Labels = ["web"] });
        using var folder = new DeployTestFolder();
        await AppConfigFiles.PublishTemplateAsync(folder, node, ProjectTemplate, label: "web");
        AppConfigFiles.WriteAppConfig(folder, node, "appConfig:\n  services: web");

        var (code, stdout, stderr) = await folder.RunAsync("print-template", "-f", "app.yml");

        Assert.True(code == ExitCodes.Ok, stderr);
        Assert.True(stdout.StartsWith($"kind: directorProject\ndatacenters:\n  main:\n    entrypoint: {node.Url}\n    access_token: '***'\n", StringComparison.Ordinal), stdout);
        Assert.Contains("deployIn:\n  entrypoints:\n  - main\n  labels:\n  - web\n", stdout, StringComparison.Ordinal);
        Assert.Contains("projectName: blog\nprojectFile: |\n  services:\n    web:\n      makejail: Makejail\n", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Print_template_with_raw_prints_the_template_output_as_is()
    {
        await using var node = await RunningNode.StartAsync(new NodeSpec { Name = "solo", Labels = ["web"] });
        using var folder = new DeployTestFolder();
        await AppConfigFiles.PublishTemplateAsync(folder, node, "## not a spec at all\n${appName} says ${greeting | u}\n", label: "web");
        AppConfigFiles.WriteAppConfig(folder, node, "appConfig:\n  greeting: hi there");

        var (code, stdout, _) = await folder.RunAsync("print-template", "-f", "app.yml", "--raw");

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Equal("blog says hi+there\n", stdout);
    }

    [Theory]
    [InlineData("kind: metadata\nmetadata:\n  a: b\n", ExitCodes.Software, "kind: an appConfig template renders a directorProject or vmJail spec, not metadata")]
    [InlineData("kind: appConfig\nappName: x\nappFrom: y\n", ExitCodes.Config, "kind: an appConfig template cannot render another appConfig spec")]
    [InlineData("kind: directorProject\nprojectName: ${name}\n", ExitCodes.Software, "blog.template:2:16: undefined variable 'name'")]
    public async Task Apply_of_a_template_that_cannot_be_deployed_exits_with_the_originals_code(string template, int exitCode, string message)
    {
        await using var node = await RunningNode.StartAsync(new NodeSpec { Name = "solo", Labels = ["web"] });
        using var folder = new DeployTestFolder();
        await AppConfigFiles.PublishTemplateAsync(folder, node, template, label: "web");
        AppConfigFiles.WriteAppConfig(folder, node, "");

        var (code, stdout, stderr) = await folder.RunAsync("apply", "-f", "app.yml");

        Assert.Equal(exitCode, code);
        Assert.Equal("", stdout);
        Assert.Contains(message, stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(node.Tools.CommandLines(), line => line.Contains(" up ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Print_template_of_another_kind_exits_78_without_contacting_a_node()
    {
        using var folder = new DeployTestFolder();
        folder.WriteSpec("directorProject", "projectName: web\nprojectFile: |\n  services:\n    web:\n      makejail: Makejail\n", TestPorts.ClosedUrl());

        var (code, stdout, stderr) = await folder.RunAsync("print-template", "-f", "spec.yml");

        Assert.Equal(ExitCodes.Config, code);
        Assert.Equal("", stdout);
        Assert.Equal("overlord: print-template takes appConfig specs only; spec.yml is a directorProject spec\n", stderr);
    }

    [Fact]
    public async Task Include_outside_the_mako_directories_is_refused()
    {
        await using var node = await RunningNode.StartAsync(new NodeSpec { Name = "solo", Labels = ["web"] });
        using var folder = new DeployTestFolder();
        File.WriteAllText(Path.Combine(folder.Path, "secret.txt"), "token");
        Directory.CreateDirectory(Path.Combine(folder.Path, "templates"));
        await AppConfigFiles.PublishTemplateAsync(folder, node, "<%include file=\"../secret.txt\"/>", label: "web");
        AppConfigFiles.WriteAppConfig(folder, node, "");

        var (code, stdout, stderr) = await folder.RunAsync("print-template", "-f", "app.yml", "--raw", "--mako-directories", "templates");

        Assert.Equal(ExitCodes.Software, code);
        Assert.Equal("", stdout);
        Assert.Contains("blog.template:1:1: '../secret.txt' leaves the lookup directories", stderr, StringComparison.Ordinal);
    }

    private static bool IsUpOfBlog(string line) =>
        line.Contains(" up ", StringComparison.Ordinal) && line.EndsWith("-p blog", StringComparison.Ordinal);
}
