using System.Text.Json.Nodes;

namespace Overlord.Core.Specs.Printing;

public static partial class SpecPrinter
{
    private static void AddProject(JsonObject result, DirectorProjectSpec project)
    {
        result["projectName"] = project.ProjectName;
        AddIfSet(result, "projectFile", project.ProjectFile);
        AddIfSet(result, "projectFromMetadata", project.ProjectFromMetadata);
        result["environment"] = Strings(project.Environment);
        AddIfSet(result, "environFromMetadata", project.EnvironFromMetadata);
        result["labelsEnvironment"] = Map(project.LabelsEnvironment, Strings);
        result["chainsEnvironment"] = Map(project.ChainsEnvironment, Strings);
        result["datacentersEnvironment"] = Map(project.DatacentersEnvironment, Strings);
        AddIfSet(result, "autoScale", project.AutoScale is null ? null : AutoScale(project.AutoScale));
        result["reserve_port"] = Strings(project.ReservePort);
    }

    private static JsonObject AutoScale(AutoScaleSpec scale)
    {
        var replicas = new JsonObject { ["min"] = scale.Replicas.Min };
        AddIfSet(replicas, "max", scale.Replicas.Max);
        var result = new JsonObject { ["replicas"] = replicas, ["type"] = SpecNames.ToText(scale.Type) };
        AddIfSet(result, "value", scale.Value);
        result["rules"] = Map(scale.Rules, t => t.Value);
        result["economy"] = Map(scale.Economy, t => t.Value);
        result["labels"] = List(scale.Labels);
        result["metadata"] = List(scale.Metadata);
        if (scale.LoadBalancer is { } balancer)
        {
            var lb = new JsonObject();
            AddIfSet(lb, "frontend", balancer.Frontend is null ? null : BalancerTarget(balancer.Frontend));
            AddIfSet(lb, "backend", balancer.Backend is null ? null : BalancerTarget(balancer.Backend));
            result["load-balancer"] = lb;
        }

        return result;
    }

    private static JsonObject BalancerTarget(LoadBalancerTargetSpec target) => new()
    {
        ["name"] = target.Name,
        ["rules"] = Map(target.Rules, metrics => Map(metrics, BalancerRule)),
    };

    private static JsonObject BalancerRule(LoadBalancerRule rule)
    {
        JsonNode value = rule.Value switch
        {
            { Number: { } number } => number,
            { Range: var (low, high) } => new JsonArray(low, high),
            _ => rule.Value.Text ?? "",
        };
        var result = new JsonObject { ["value"] = value };
        AddIfSet(result, "each", rule.Each);
        return result;
    }
}
