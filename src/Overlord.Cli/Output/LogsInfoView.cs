using System.Text.Json;
using System.Text.Json.Nodes;
using Overlord.Client.Tree;

namespace Overlord.Cli.Output;

/// <summary>
/// <c>-t projects:logs</c> (<c>date/service/file</c>) and <c>-t jails:logs</c> (<c>type/entity/subtype/file</c>):
/// the log files of each node; filters are patterns on the path.
/// </summary>
internal sealed class LogsInfoView(InfoPatterns patterns, bool jails) : InfoView
{
    public override string Type => jails ? "jails:logs" : "projects:logs";

    public override TreeResource Resource => jails ? TreeResource.JailsLogs : TreeResource.ProjectsLogs;

    public override string? JsonKey => "logs";

    public override JsonNode? Select(InfoNode node)
    {
        if (node.Property("logs") is not { ValueKind: JsonValueKind.Object } logs)
        {
            return null;
        }

        var files = new JsonArray();
        foreach (var path in Paths(logs, jails ? 4 : 3, "").Where(patterns.Matches))
        {
            files.Add((JsonNode)JsonValue.Create(path));
        }

        return files.Count == 0 ? null : files;
    }

    public override void WriteText(TextWriter output, JsonNode content)
    {
        output.WriteLine("  logs:");
        foreach (var path in content.AsArray())
        {
            output.WriteLine($"    - {path!.GetValue<string>()}");
        }
    }

    /// <summary>Walks <paramref name="depth"/> levels of folders (mappings, then a list of files at the last level).</summary>
    private static IEnumerable<string> Paths(JsonElement level, int depth, string prefix)
    {
        if (depth == 1)
        {
            return level.ValueKind == JsonValueKind.Array
                ? level.EnumerateArray().Where(f => f.ValueKind == JsonValueKind.String).Select(f => prefix + f.GetString())
                : [];
        }

        return level.ValueKind == JsonValueKind.Object
            ? level.EnumerateObject().SelectMany(p => Paths(p.Value, depth - 1, $"{prefix}{p.Name}/"))
            : [];
    }
}
