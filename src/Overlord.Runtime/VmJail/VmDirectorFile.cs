using System.Text.Json.Nodes;
using Overlord.Core.Specs;
using Overlord.Core.Yaml;

namespace Overlord.Runtime.VmJail;

/// <summary>
/// The Director file of a vmJail (reference section 11): one service <c>vm</c> whose jail is named after the VM and
/// carries the <c>overlord.vm</c> label, built from the spec's Makejail, environments and arguments.
/// </summary>
internal static class VmDirectorFile
{
    public const string ServiceName = "vm";
    public const string VmLabelOption = "overlord.vm:1";

    /// <param name="spec">The vmJail.</param>
    /// <param name="makejail">The Makejail: the spec's own, or the file of its <c>makejailFromMetadata</c>.</param>
    public static string Create(VmJailSpec spec, string makejail)
    {
        var service = new JsonObject
        {
            ["name"] = spec.VmName,
            ["makejail"] = makejail,
            ["options"] = new JsonArray(new JsonObject { ["label"] = VmLabelOption }),
            ["ignore_mtime"] = true,
        };
        AddList(service, "start-environment", spec.StartEnvironment);
        AddList(service, "environment", spec.BuildEnvironment);

        // The original filled `start` from start-environment (reference 13.15); it takes the start arguments.
        AddList(service, "start", spec.StartArguments);
        AddList(service, "arguments", spec.BuildArguments);
        var file = new JsonObject { ["services"] = new JsonObject { [ServiceName] = service } };
        if (spec.Options.Count > 0)
        {
            file["options"] = new JsonArray([.. spec.Options.Select(Pairs)]);
        }

        return YamlTreeWriter.Write(file);
    }

    private static void AddList(JsonObject service, string key, IReadOnlyList<IReadOnlyDictionary<string, string>> items)
    {
        if (items.Count > 0)
        {
            service[key] = new JsonArray([.. items.Select(item => Pairs(item.ToDictionary(pair => pair.Key, pair => (string?)pair.Value)))]);
        }
    }

    private static JsonNode Pairs(IReadOnlyDictionary<string, string?> pairs)
    {
        var result = new JsonObject();
        foreach (var (key, value) in pairs)
        {
            result[key] = value;
        }

        return result;
    }
}
