using System.Text.Json.Nodes;

namespace Overlord.Cli.Output;

/// <summary>A node get-info shows, with what it shows of it.</summary>
internal sealed record ShownNode(InfoNode Node, JsonNode Content);
