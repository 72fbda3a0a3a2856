using System.Text.Json.Nodes;

namespace Overlord.Core.Specs.Printing;

public static partial class SpecPrinter
{
    private static void AddMetadata(JsonObject result, MetadataSpec spec)
    {
        result["metadata"] = Strings(spec.EffectiveMetadata());
        if (spec.ReadLive)
        {
            result["readLive"] = true;
        }

        if (spec.Namespace is not { } space)
        {
            return;
        }

        var mapping = new JsonArray();
        foreach (var entry in space.Mapping)
        {
            var item = new JsonObject();
            if (entry.FileMetadata is not null)
            {
                item["file"] = new JsonArray(entry.EffectiveFileMetadata(spec.MetadataPrefix), entry.FilePath);
            }

            AddIfSet(item, "directory", entry.Directory);
            AddIfSet(item, "owner", IdOrName(entry.Owner));
            AddIfSet(item, "group", IdOrName(entry.Group));
            AddIfSet(item, "mode", entry.Mode);
            AddIfSet(item, "umask", entry.Umask);
            mapping.Add((JsonNode)item);
        }

        result["namespace"] = new JsonObject { ["name"] = space.Name, ["mapping"] = mapping };
    }

    /// <summary>A numeric id prints as a number, a name as text, as they were written.</summary>
    private static JsonNode? IdOrName(string? value) =>
        value is null ? null : long.TryParse(value, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var id) ? id : value;
}
