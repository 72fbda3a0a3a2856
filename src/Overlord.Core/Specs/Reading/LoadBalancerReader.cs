using Overlord.Core.Validation;
using Overlord.Core.Yaml;

namespace Overlord.Core.Specs.Reading;

/// <summary>Reads <c>autoScale.load-balancer</c>: <c>{frontend|backend: {name, rules: {or|and: {metric: {value, each}}}}}</c>.</summary>
internal static class LoadBalancerReader
{
    public static LoadBalancerSpec? Read(MappingReader scale)
    {
        if (scale.Mapping("load-balancer") is not { } balancer)
        {
            return null;
        }

        var spec = new LoadBalancerSpec
        {
            Frontend = balancer.Mapping("frontend") is { } frontend ? Target(frontend) : null,
            Backend = balancer.Mapping("backend") is { } backend ? Target(backend) : null,
        };
        balancer.RejectUnknownKeys();
        return spec;
    }

    private static LoadBalancerTargetSpec Target(MappingReader target)
    {
        var name = target.Text("name", required: true);
        var rules = new Dictionary<string, IReadOnlyDictionary<string, LoadBalancerRule>>(StringComparer.Ordinal);
        if (target.Mapping("rules", required: true) is { } ruleTypes)
        {
            if (ruleTypes.Node.Entries.Count == 0)
            {
                target.Bag.Error(ruleTypes.Node, ruleTypes.Path, "no rule is given; add 'or' and/or 'and' with at least one metric");
            }

            foreach (var ruleType in new[] { "or", "and" })
            {
                if (ruleTypes.Mapping(ruleType) is { } metrics)
                {
                    rules[ruleType] = Metrics(metrics);
                }
            }

            ruleTypes.RejectUnknownKeys();
        }

        target.RejectUnknownKeys();
        return new LoadBalancerTargetSpec { Name = name ?? "", Rules = rules };
    }

    private static Dictionary<string, LoadBalancerRule> Metrics(MappingReader metrics)
    {
        var result = new Dictionary<string, LoadBalancerRule>(StringComparer.Ordinal);
        foreach (var (metric, _) in metrics.Node.Entries)
        {
            if (metrics.Mapping(metric.Value, required: true) is not { } rule)
            {
                continue;
            }

            var value = rule.Take("value", required: true) is { } node ? Value(node, rule.ChildPath("value"), rule) : null;
            var each = rule.WholeNumber("each", min: 1);
            rule.RejectUnknownKeys();
            if (value is not null)
            {
                result[metric.Value] = new LoadBalancerRule { Value = value, Each = each };
            }
        }

        return result;
    }

    private static LoadBalancerValue? Value(YamlNode node, string path, MappingReader rule)
    {
        switch (node)
        {
            case YamlScalarNode scalar when scalar.TryGetInteger(out var integer):
                return new LoadBalancerValue { Number = integer };
            case YamlScalarNode { Kind: ScalarKind.String } text:
                return new LoadBalancerValue { Text = text.Value };
            case YamlSequenceNode { Items.Count: 2 } range:
                var low = NodeValues.WholeNumber(range.Items[0], NodeValues.Item(path, 0), rule.Bag, min: 0);
                var high = NodeValues.WholeNumber(range.Items[1], NodeValues.Item(path, 1), rule.Bag, min: 0);
                if (low > high)
                {
                    rule.Bag.Error(range, path, $"the range [{low}, {high}] starts after it ends; write [low, high]");
                    return null;
                }

                return low is { } lo && high is { } hi ? new LoadBalancerValue { Range = (lo, hi) } : null;
            default:
                rule.Bag.Error(node, path, $"expected an integer, a string or a range [low, high], got {node.Describe()}");
                return null;
        }
    }
}
