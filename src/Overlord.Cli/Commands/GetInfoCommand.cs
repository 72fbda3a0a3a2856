using System.CommandLine;
using Overlord.Cli.Invocation;
using Overlord.Cli.Output;
using Overlord.Client.Deployment;
using Overlord.Client.Tree;
using Overlord.Core;
using Overlord.Core.Specs;

namespace Overlord.Cli.Commands;

/// <summary>
/// <c>overlord get-info -f FILE -t TYPE [--jail-item ITEM]... [--all-labels] [--filter F]... [--filter-per-project] [--use-autoscale-labels] [--output text|json]</c>:
/// what runs on the nodes the spec selects, from one tree request per entry point, in the original's layout or as JSON.
/// </summary>
internal static class GetInfoCommand
{
    public static readonly string[] Types =
        ["jails", "projects", "chains", "chains:tree", "chains:stats", "projects:logs", "jails:logs", "metadata", "namespaces", "autoscale", "vm"];

    public static Command Create()
    {
        var file = DeployCommandOptions.File();
        var type = new Option<string>("--type", "-t") { Description = "What to show: " + string.Join(", ", Types), Required = true, HelpName = "TYPE" };
        type.AcceptOnlyFromAmong(Types);
        var jailItem = new Option<string[]>("--jail-item")
        {
            Description = "With -t jails, only these items (repeatable): " + string.Join(", ", JailsInfoView.AllItems),
            HelpName = "ITEM",
        };
        jailItem.AcceptOnlyFromAmong([.. JailsInfoView.AllItems]);
        var allLabels = new Option<bool>("--all-labels") { Description = "Show every node, whatever its labels" };
        var filter = new Option<string[]>("--filter") { Description = "Names (projects) or regular expressions (others) to show (repeatable)", HelpName = "F" };
        var perProject = new Option<bool>("--filter-per-project") { Description = "With -t projects or vm, show only the spec's own project or VM" };
        var autoscaleLabels = new Option<bool>("--use-autoscale-labels") { Description = "Select nodes by the spec's autoScale.labels instead of deployIn.labels" };
        var output = new Option<string>("--output", "-o") { Description = "Output format", DefaultValueFactory = _ => "text", HelpName = "text|json" };
        output.AcceptOnlyFromAmong("text", "json");
        var command = new Command("get-info", "Show what runs on the nodes a spec selects")
        {
            file, type, jailItem, allLabels, filter, perProject, autoscaleLabels, output,
        };
        command.SetAction((parse, cancellationToken) =>
        {
            var request = new GetInfoRequest(
                parse.GetValue(file)!,
                parse.GetValue(type)!,
                parse.GetValue(jailItem) ?? [],
                parse.GetValue(allLabels),
                parse.GetValue(filter) ?? [],
                parse.GetValue(perProject),
                parse.GetValue(output) == "json")
            {
                UseAutoscaleLabels = parse.GetValue(autoscaleLabels),
            };
            return RunAsync(CommandEnvironment.Of(parse), request, cancellationToken);
        });
        return command;
    }

    /// <summary>Prints the view of the request (the demo shows its deploy through it).</summary>
    public static async Task<int> RunAsync(CliEnvironment environment, GetInfoRequest request, CancellationToken cancellationToken)
    {
        var spec = SpecFiles.Load(environment, request.File);
        if (request.UseAutoscaleLabels)
        {
            spec = spec with { DeployIn = spec.DeployIn with { Labels = (spec as DirectorProjectSpec)?.AutoScale?.Labels ?? [DeployInSpec.AllLabel] } };
        }

        var view = InfoViews.Create(request, spec);
        using var clients = DatacenterClients.ForDeployIn(spec);
        var deployer = new SpecDeployer(clients.For);
        var query = new TreeQuery { Filters = view.NodeFilters, Items = view.Resource == TreeResource.Jails ? request.JailItems : [] };
        var selection = await deployer.CollectAsync(spec, view.Resource, query, request.AllLabels, cancellationToken);
        foreach (var failure in selection.Failures)
        {
            environment.Error.WriteLine(NodeFailureText.Warning(failure));
        }

        var shown = new List<ShownNode>();
        foreach (var collected in selection.Nodes)
        {
            var target = collected.Target;
            var node = new InfoNode(target.Datacenter, clients.EntrypointOf(target.Datacenter), target.Chain, target.Labels, collected.Node.Data);
            if (view.Select(node) is { } content)
            {
                shown.Add(new ShownNode(node, content));
            }
        }

        if (request.Json)
        {
            environment.Output.Write(InfoJsonWriter.Write(view, shown, selection.Failures, clients.EntrypointOf));
        }
        else
        {
            view.WriteTextDocument(environment.Output, shown, showLabels: !request.AllLabels);
        }

        return ExitCode(environment, selection);
    }

    /// <summary>
    /// Non-zero when a script cannot trust the output (issue 10): 77 when a node refused the token, 69 when a
    /// datacenter, or every selected node, gave no answer. Nodes that did answer are printed either way.
    /// </summary>
    private static int ExitCode(CliEnvironment environment, NodeSelection selection)
    {
        if (NodeFailureText.Refused(selection.Failures) is { } refused)
        {
            environment.Error.WriteLine(refused);
            return ExitCodes.NoPermission;
        }

        if (selection.UnreachableDatacenters.Count > 0)
        {
            environment.Error.WriteLine($"overlord: no node of {string.Join(", ", selection.UnreachableDatacenters)} could be reached");
            return ExitCodes.Unavailable;
        }

        if (selection.Nodes.Count == 0 && selection.Failures.Count > 0)
        {
            environment.Error.WriteLine("overlord: no selected node answered");
            return ExitCodes.Unavailable;
        }

        return ExitCodes.Ok;
    }
}
