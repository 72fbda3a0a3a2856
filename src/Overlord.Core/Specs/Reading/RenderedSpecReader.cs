using Overlord.Core.Validation;
using Overlord.Core.Yaml;

namespace Overlord.Core.Specs.Reading;

/// <summary>
/// Reads the spec an appConfig template rendered: a directorProject or vmJail whose targets are the appConfig file's
/// own. Whatever the template wrote under <c>datacenters</c>, <c>deployIn</c> and <c>maximumDeployments</c> is
/// replaced, unchecked, as the original replaced it.
/// </summary>
internal static class RenderedSpecReader
{
    public static RenderedSpecResult Read(YamlMappingNode root, SpecReadContext context, AppConfigSpec appConfig)
    {
        var reader = new MappingReader(root, "", context.Bag);
        var kindNode = root["kind"];
        var kind = CommonSpecReader.Kind(reader);
        Spec? spec = kind switch
        {
            SpecKind.DirectorProject => DirectorProjectReader.Read(reader),
            SpecKind.VmJail => VmJailReader.Read(reader),
            _ => null,
        };
        if (kind is { } other && spec is null)
        {
            var message = other == SpecKind.AppConfig
                ? "an appConfig template cannot render another appConfig spec"
                : $"an appConfig template renders a directorProject or vmJail spec, not {SpecNames.ToText(other)}";
            context.Bag.Error(kindNode!, "kind", message);
            return new RenderedSpecResult(null, context.Bag, Nested: other == SpecKind.AppConfig);
        }

        foreach (var replaced in (string[])["datacenters", "deployIn", "maximumDeployments"])
        {
            reader.Take(replaced);
        }

        if (spec is not null)
        {
            reader.RejectUnknownKeys();
        }

        var result = context.Bag.HasErrors || spec is null
            ? null
            : spec with { Datacenters = appConfig.Datacenters, DeployIn = appConfig.DeployIn, MaximumDeployments = appConfig.MaximumDeployments };
        return new RenderedSpecResult(result, context.Bag, Nested: false);
    }
}
