using Overlord.Agent.Dispatch;
using Overlord.Agent.Planning;
using Overlord.Client;
using Overlord.Client.Contract;
using Overlord.Client.Http;
using Overlord.Core;
using Overlord.Core.Environment;
using Overlord.Core.Specs;
using Overlord.Core.Specs.Reading;

namespace Overlord.Cli.Tests;

/// <summary>The GitOps agent's dispatcher renders appConfig specs from its own node, as the CLI does.</summary>
public sealed class AgentAppConfigDispatchTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Agent_applies_the_project_an_appConfig_template_renders_and_follows_its_job_by_the_rendered_name()
    {
        await using var node = await RunningNode.StartAsync(new NodeSpec { Name = "solo", Labels = ["web"] });
        using var folder = new DeployTestFolder();
        await AppConfigFiles.PublishTemplateAsync(folder, node, "kind: directorProject\nprojectName: ${appName}-web\nprojectFile: |\n  services:\n    web:\n      makejail: Makejail\n", label: "web");
        AppConfigFiles.WriteAppConfig(folder, node, "");
        using var http = new HttpClient { BaseAddress = node.Address };
        var dispatcher = new OwnNodeDispatcher(() => new OverlordClient(http, new Secret(node.Token), ClientOptions.Datacenter), TimeProvider.System);

        var sent = await dispatcher.DispatchAsync(new SpecDispatch("sync-1", "apps/blog.yml", StepAction.Apply, LoadAppConfig(folder)), Token);
        var ended = await dispatcher.WaitAsync(new JobFollowUp("apps/blog.yml", SpecKind.AppConfig, "blog", StepAction.Apply, sent.Targets), TimeSpan.FromSeconds(60), Token);

        Assert.Null(sent.Error);
        var queued = Assert.Single(sent.Targets);
        Assert.Equal((TargetState.Queued, SpecKind.DirectorProject, "blog-web"), (queued.State, queued.RenderedKind, queued.RenderedName));
        Assert.Equal(TargetState.Succeeded, Assert.Single(ended).State);
        Assert.Contains(node.Tools.CommandLines(), line => line.Contains(" up ", StringComparison.Ordinal) && line.EndsWith("-p blog-web", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Agent_refuses_a_template_that_includes_a_file()
    {
        await using var node = await RunningNode.StartAsync(new NodeSpec { Name = "solo", Labels = ["web"] });
        using var folder = new DeployTestFolder();
        await AppConfigFiles.PublishTemplateAsync(folder, node, "<%include file=\"project.tmpl\"/>\n", label: "web");
        AppConfigFiles.WriteAppConfig(folder, node, "");
        using var http = new HttpClient { BaseAddress = node.Address };
        var dispatcher = new OwnNodeDispatcher(() => new OverlordClient(http, new Secret(node.Token), ClientOptions.Datacenter), TimeProvider.System);

        var sent = await dispatcher.DispatchAsync(new SpecDispatch("sync-1", "apps/blog.yml", StepAction.Apply, LoadAppConfig(folder)), Token);

        Assert.Empty(sent.Targets);
        Assert.Equal($"the template of main.(root) does not render: blog.template:1:1: cannot include 'project.tmpl': {OwnNodeDispatcher.NoIncludes}", sent.Error);
    }

    private static Spec LoadAppConfig(DeployTestFolder folder)
    {
        var result = SpecLoader.Load("app.yml", VariableSource.Empty, folder.Path);
        Assert.True(result.Spec is not null, string.Join("\n", result.Diagnostics.Errors));
        return result.Spec!;
    }
}
