using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Overlord.Core.Yaml;

namespace Overlord.Core.Specs.Printing;

/// <summary>
/// Turns a loaded spec into its normalized form: every default filled in, variables substituted,
/// text byte-identical, key names as in spec files. Keys that are absent and have no default are left out.
/// Metadata keys are shown as stored (with <c>metadataPrefix</c> applied, <c>include</c> merged in), as the
/// original printed them. Access tokens print as <c>***</c> unless <c>revealSecrets</c> is set.
/// </summary>
public static partial class SpecPrinter
{
    public const string Mask = "***";

    // Own options, not OverlordJsonContext: Core sits below Client and cannot reference it.
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        IndentSize = 4,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The spec as text in the given format, ending with a newline.</summary>
    public static string Format(Spec spec, SpecOutputFormat format, bool revealSecrets = false)
    {
        var tree = ToJson(spec, revealSecrets);
        return format == SpecOutputFormat.Yaml ? YamlTreeWriter.Write(tree) : tree.ToJsonString(JsonOptions) + "\n";
    }

    /// <summary>The spec as a JSON tree.</summary>
    public static JsonObject ToJson(Spec spec, bool revealSecrets = false)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var result = new JsonObject
        {
            ["kind"] = SpecNames.ToText(spec.Kind),
            ["datacenters"] = Map(spec.Datacenters, dc => Datacenter(dc, revealSecrets)),
            ["deployIn"] = new JsonObject
            {
                ["entrypoints"] = List(spec.DeployIn.Entrypoints),
                ["labels"] = List(spec.DeployIn.Labels),
                ["exclude"] = List(spec.DeployIn.Exclude),
            },
            ["maximumDeployments"] = spec.MaximumDeployments,
        };
        switch (spec)
        {
            case DirectorProjectSpec project:
                AddProject(result, project);
                break;
            case MetadataSpec metadata:
                AddMetadata(result, metadata);
                break;
            case VmJailSpec vm:
                AddVmJail(result, vm);
                break;
            case AppConfigSpec app:
                result["appName"] = app.AppName;
                result["appFrom"] = app.AppFrom;
                result["appConfig"] = Strings(app.AppConfig);
                break;
        }

        return result;
    }

    private static JsonObject Datacenter(DatacenterSpec dc, bool revealSecrets)
    {
        var result = new JsonObject();
        AddIfSet(result, "entrypoint", dc.Entrypoint);
        AddIfSet(result, "access_token", dc.AccessToken is null ? null : revealSecrets ? dc.AccessToken.Reveal() : Mask);
        result["timeout"] = dc.Timeout;
        result["read_timeout"] = dc.ReadTimeout;
        result["write_timeout"] = dc.WriteTimeout;
        result["connect_timeout"] = dc.ConnectTimeout;
        result["pool_timeout"] = dc.PoolTimeout;
        result["max_keepalive_connections"] = dc.MaxKeepaliveConnections;
        result["max_connections"] = dc.MaxConnections;
        result["keepalive_expiry"] = dc.KeepaliveExpiry;
        AddIfSet(result, "cacert", dc.Cacert);
        return result;
    }

    private static void AddIfSet(JsonObject into, string key, JsonNode? value)
    {
        if (value is not null)
        {
            into[key] = value;
        }
    }

    private static JsonArray List(IEnumerable<string> items) => new(items.Select(i => (JsonNode?)i).ToArray());

    private static JsonObject Strings<T>(IReadOnlyDictionary<string, T> map) => Map(map, v => v is null ? null : JsonValue.Create(v.ToString()));

    private static JsonObject Map<T>(IReadOnlyDictionary<string, T> map, Func<T, JsonNode?> value)
    {
        var result = new JsonObject();
        foreach (var (key, item) in map)
        {
            result[key] = value(item);
        }

        return result;
    }
}
