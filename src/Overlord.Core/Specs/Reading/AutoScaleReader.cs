using Overlord.Core.Validation;
using Overlord.Core.Yaml;

namespace Overlord.Core.Specs.Reading;

/// <summary>Reads <c>autoScale</c>; an absent or empty section gives null (no autoscaling, as in the original).</summary>
internal static class AutoScaleReader
{
    public static AutoScaleSpec? Read(MappingReader root)
    {
        if (root.Mapping("autoScale") is not { } scale || scale.Node.Entries.Count == 0)
        {
            return null;
        }

        var type = Type(scale);
        var value = scale.WholeNumber("value", min: 0);
        if (value is null && type is AutoScaleType.PercentJail or AutoScaleType.PercentProject && !scale.Has("value"))
        {
            scale.Bag.Error(scale.Node.KeyNode("type")!, "autoScale.value", $"is required when type is {SpecNames.ToText(type.Value)}: the percentage of each limit (an integer)");
        }

        var spec = new AutoScaleSpec
        {
            Replicas = Replicas(scale),
            Type = type ?? AutoScaleType.AnyJail,
            Value = value,
            Rules = ResourceRuleReader.Read(scale, "rules"),
            Economy = ResourceRuleReader.Read(scale, "economy"),
            Labels = SpecValues.NonEmptyList(scale, "labels", SpecPatterns.Label(), SpecPatterns.LabelRule) ?? [DeployInSpec.AllLabel],
            Metadata = scale.StringList("metadata", pattern: SpecPatterns.MetadataKey(), allowed: SpecPatterns.MetadataKeyRule) ?? [],
            LoadBalancer = LoadBalancerReader.Read(scale),
        };
        scale.RejectUnknownKeys();
        return spec;
    }

    private static AutoScaleType? Type(MappingReader scale)
    {
        if (scale.Take("type") is not { } node || NodeValues.Text(node, "autoScale.type", scale.Bag) is not { } text)
        {
            return null;
        }

        var type = SpecNames.ParseAutoScaleType(text);
        if (type is null)
        {
            scale.Bag.Error(node, "autoScale.type", $"unknown type '{text}'; use one of: {string.Join(", ", SpecNames.AutoScaleTypeTexts)}");
        }

        return type;
    }

    private static ReplicasSpec Replicas(MappingReader scale)
    {
        if (scale.Mapping("replicas") is not { } replicas)
        {
            return new ReplicasSpec();
        }

        var min = replicas.WholeNumber("min", min: 1);
        var max = replicas.WholeNumber("max", min: 1);
        if (max < (min ?? 1))
        {
            replicas.Bag.Error(replicas.Node["max"]!, "autoScale.replicas.max", $"{max} is less than replicas.min ({min ?? 1}); max must be at least min");
        }

        replicas.RejectUnknownKeys();
        return new ReplicasSpec { Min = min ?? 1, Max = max };
    }
}
