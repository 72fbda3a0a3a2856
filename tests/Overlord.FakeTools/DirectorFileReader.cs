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

        if (Child(root, "services") is not YamlMappingNode services)
        {
            return ([], "services: Required but not defined.");
        }

        var commonLabels = Labels(Child(root, "options"));
        var declared = new List<DeclaredService>();
        foreach (var (key, node) in services.Children)
        {
            var name = Scalar(key) ?? "";
            var service = node as YamlMappingNode;
            var labels = new Dictionary<string, string>(commonLabels, StringComparer.Ordinal);
            foreach (var (label, value) in Labels(service is null ? null : Child(service, "options")))
            {
                labels[label] = value;
            }

            var jail = service is null ? null : Scalar(Child(service, "name"));
            var priority = int.TryParse(service is null ? null : Scalar(Child(service, "priority")), out var number) ? number : DefaultPriority;
            declared.Add(new DeclaredService(name, string.IsNullOrEmpty(jail) ? null : jail, priority, labels, node.ToString()));
        }

        return (declared, null);
    }

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
}
