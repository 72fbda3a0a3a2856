using System.Text;
using Overlord.Core.Diagnostics;
using Overlord.Core.Yaml;

namespace Overlord.Core.Specs.Reading;

/// <summary>Checks one metadata entry, in the spec or in an included file: a valid key, a text value, at most 1 MiB.</summary>
internal static class MetadataValues
{
    public static void Add(YamlScalarNode key, YamlNode value, string path, DiagnosticBag bag, Dictionary<string, string> into)
    {
        if (!SpecPatterns.MetadataKey().IsMatch(key.Value))
        {
            bag.Error(key, path, $"'{key.Value}' is not a valid metadata key; {SpecPatterns.MetadataKeyRule}");
            return;
        }

        if (SpecValues.StrictText(value, path, bag, "the value as text") is not { } text)
        {
            return;
        }

        var bytes = Encoding.UTF8.GetByteCount(text);
        if (bytes > MetadataSpec.MaxValueBytes)
        {
            bag.Error(value, path, $"the value has {bytes} bytes; at most {MetadataSpec.MaxValueBytes} bytes (1 MiB, the server's default metadata.size) are allowed");
            return;
        }

        into[key.Value] = text;
    }
}
