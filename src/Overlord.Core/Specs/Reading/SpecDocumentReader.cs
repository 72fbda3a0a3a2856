using Overlord.Core.Validation;
using Overlord.Core.Yaml;

namespace Overlord.Core.Specs.Reading;

/// <summary>Reads a whole spec document: the kind first, then the kind's keys, then the shared keys, then unknown keys.</summary>
internal static class SpecDocumentReader
{
    public static Spec? Read(YamlMappingNode root, SpecReadContext context)
    {
        var reader = new MappingReader(root, "", context.Bag);
        var kind = CommonSpecReader.Kind(reader);
        Spec? spec = kind switch
        {
            SpecKind.DirectorProject => DirectorProjectReader.Read(reader),
            SpecKind.Metadata => MetadataSpecReader.Read(reader, context),
            SpecKind.VmJail => VmJailReader.Read(reader),
            SpecKind.ReadOnly => new ReadOnlySpec(),
            SpecKind.AppConfig => AppConfigReader.Read(reader),
            _ => null,
        };
        var common = CommonSpecReader.ReadInto(spec ?? new ReadOnlySpec(), reader);

        // Without a known kind the allowed keys are unknown, so only the kind's error is reported for them.
        if (spec is not null)
        {
            reader.RejectUnknownKeys();
        }

        return context.Bag.HasErrors || spec is null ? null : common;
    }
}
