using System.Text.Json;
using System.Text.Json.Nodes;
using Overlord.Client.Contract;
using Overlord.Client.Tree;

namespace Overlord.Cli.Output;

/// <summary><c>-t projects</c>: each project's state, services and last up/down; filters are literal names.</summary>
internal sealed class ProjectsInfoView(IReadOnlyList<string> names) : InfoView
{
    public override string Type => "projects";

    public override TreeResource Resource => TreeResource.Projects;

    public override string? JsonKey => "projects";

    public override IReadOnlyList<string> NodeFilters => names;

    public override JsonNode? Select(InfoNode node)
    {
        if (node.Property("projects") is not { ValueKind: JsonValueKind.Object } projects)
        {
            return null;
        }

        var result = new JsonObject();
        var wanted = names.Count == 0 ? projects.EnumerateObject().Select(p => p.Name) : names;
        foreach (var name in wanted.Distinct(StringComparer.Ordinal))
        {
            if (projects.TryGetProperty(name, out var info) && info.ValueKind == JsonValueKind.Object)
            {
                result[name] = JsonNode.Parse(info.GetRawText());
            }
        }

        return result.Count == 0 ? null : result;
    }

    public override void WriteText(TextWriter output, JsonNode content)
    {
        output.WriteLine("  projects:");
        foreach (var (name, node) in content.AsObject())
        {
            var info = JsonSerializer.SerializeToElement(node, OverlordJson.Options.TypeInfo<JsonNode?>());
            output.WriteLine($"    {name}:");
            output.WriteLine($"      state: {PyText.Str(PyText.Get(info, "state"))}");
            output.WriteLine($"      last_log: {PyText.Str(PyText.Get(info, "last_log"))}");
            output.WriteLine($"      locked: {PyText.Str(PyText.Get(info, "locked"))}");
            output.WriteLine("      services:");
            if (PyText.Get(info, "services") is { ValueKind: JsonValueKind.Array } services)
            {
                foreach (var service in services.EnumerateArray())
                {
                    output.WriteLine($"        - {PyRepr.Str(service)}");
                }
            }

            ProjectStatusText.Write(output, "up", PyText.Get(info, "up"));
            ProjectStatusText.Write(output, "down", PyText.Get(info, "down"));
        }
    }
}
