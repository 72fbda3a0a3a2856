using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Overlord.FakeTools;

/// <summary>
/// Reads the services of a Director file: names, jail names, priorities and `label` options (top-level options
/// apply to every service). Values tagged !ENV get ${VAR} and ${VAR:default} replaced, as pyaml_env does for Director.
/// </summary>
internal static partial class DirectorFileReader
{
    private const int DefaultPriority = 99;

    // director/parser.py:48-53, the document's keys.
    private static readonly HashSet<string> MainKeys = new(["options", "services", "default_volume_type", "volumes"], StringComparer.Ordinal);

    // director/parser.py:102-120, a service's keys.
    private static readonly HashSet<string> ServiceKeys = new(
        [
            "priority", "name", "makejail", "runtime-makejail", "reset_options", "ignore_mtime", "options", "arguments",
            "runtime-arguments", "environment", "runtime-environment", "start-environment", "oci", "volumes", "scripts",
            "start", "serial",
        ],
        StringComparer.Ordinal);

    /// <summary>The declared services, or an error message in Director's words.</summary>
    public static (IReadOnlyList<DeclaredService> Services, string? Error) Read(string file)
    {
        var stream = new YamlStream();
        try
        {
            using var reader = new StreamReader(file);
            stream.Load(reader);
        }
        catch (YamlDotNet.Core.YamlException exception)
        {
            return ([], exception.Message);
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            return ([], "Invalid document specification.");
        }

        if (UnknownKey(root, MainKeys, "<main>") is { } unknownMain)
        {
            return ([], unknownMain);
        }

        if (Child(root, "services") is not { } servicesNode || servicesNode is YamlScalarNode { Value: null or "" or "~" or "null" })
        {
            return ([], "services: Required but not defined.");
        }

        if (servicesNode is not YamlMappingNode services)
        {
            return ([], "services: Must be a Mapping.");
        }

        var commonLabels = Labels(Child(root, "options"));
        var declared = new List<DeclaredService>();
        var number = 0;
        foreach (var (key, node) in services.Children)
        {
            var name = Scalar(key) ?? "";
            number++;
            if (ServiceError(name, node, number) is { } invalid)
            {
                return ([], invalid);
            }

            var service = node as YamlMappingNode;
            var labels = new Dictionary<string, string>(commonLabels, StringComparer.Ordinal);
            foreach (var (label, value) in Labels(service is null ? null : Child(service, "options")))
            {
                labels[label] = value;
            }

            var jail = service is null ? null : Scalar(Child(service, "name"));
            var priority = int.TryParse(service is null ? null : Scalar(Child(service, "priority")), out var declaredPriority) ? declaredPriority : DefaultPriority;
            declared.Add(new DeclaredService(name, string.IsNullOrEmpty(jail) ? null : jail, priority, labels, node.ToString()));
        }

        return (declared, null);
    }

    /// <summary>director/parser.py:89-138, in its order: the service name, a Mapping, its keys, priority, jail name.</summary>
    private static string? ServiceError(string name, YamlNode node, int number)
    {
        if (!ServiceName().IsMatch(name))
        {
            return $"services ({name} / #{number}): Service name is incorrect.";
        }

        if (node is not YamlMappingNode service)
        {
            return $"services/{name} (#{number}): Must be a Mapping.";
        }

        var id = $"services/{name}";
        if (UnknownKey(service, ServiceKeys, id) is { } unknown)
        {
            return unknown;
        }

        if (Child(service, "priority") is { } priority && (priority is not YamlScalarNode || !int.TryParse(Scalar(priority), out _)))
        {
            return $"{id} (priority / #{number}): Must be an Integer.";
        }

        return Scalar(Child(service, "name")) is { } jail && !JailName().IsMatch(jail)
            ? $"{id} (name / #{number}): Jail name is incorrect."
            : null;
    }

    /// <summary>director/parser.py:383-386 (__check_allowed_key).</summary>
    private static string? UnknownKey(YamlMappingNode mapping, HashSet<string> allowed, string id) =>
        mapping.Children.Keys.Select(key => Scalar(key) ?? "").FirstOrDefault(key => !allowed.Contains(key)) is { } unknown
            ? $"{id}: Unknown key \"{unknown}\"."
            : null;

    private static Dictionary<string, string> Labels(YamlNode? options)
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        if (options is not YamlSequenceNode sequence)
        {
            return labels;
        }

        foreach (var option in sequence.Children.OfType<YamlMappingNode>())
        {
            // AppJail's `label: NAME:VALUE` option.
            if (Scalar(Child(option, "label")) is { } label)
            {
                var separator = label.IndexOf(':', StringComparison.Ordinal);
                labels[separator < 0 ? label : label[..separator]] = separator < 0 ? "" : label[(separator + 1)..];
            }
        }

        return labels;
    }

    private static YamlNode? Child(YamlMappingNode mapping, string key) =>
        mapping.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node : null;

    private static string? Scalar(YamlNode? node)
    {
        if (node is not YamlScalarNode { Value: { } value } scalar)
        {
            return null;
        }

        return scalar.Tag.IsEmpty || scalar.Tag.Value != "!ENV" ? value : EnvReference().Replace(value, Expand);
    }

    private static string Expand(Match match)
    {
        var reference = match.Groups[1].Value;
        var separator = reference.IndexOf(':', StringComparison.Ordinal);
        var name = separator < 0 ? reference : reference[..separator];
        var fallback = separator < 0 ? "" : reference[(separator + 1)..];
        return Environment.GetEnvironmentVariable(name) ?? fallback;
    }

    [GeneratedRegex(@"\$\{([^}{]+)\}")]
    private static partial Regex EnvReference();

    // director/parser.py:89.
    [GeneratedRegex(@"^[a-zA-Z0-9._-]+$")]
    private static partial Regex ServiceName();

    // director/parser.py:137.
    [GeneratedRegex(@"^[a-zA-Z0-9_][a-zA-Z0-9_-]*$")]
    private static partial Regex JailName();
}
