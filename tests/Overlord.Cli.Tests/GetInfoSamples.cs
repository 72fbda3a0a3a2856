using System.Text.Json;
using Overlord.Cli.Output;

namespace Overlord.Cli.Tests;

/// <summary>Sample nodes for the get-info text tests, and their rendering.</summary>
internal static class GetInfoSamples
{
    public const string Url = "http://10.0.0.1:8888";

    public static InfoNode Node(string? chain, string data) =>
        new("main", Url, chain, ["all"], JsonDocument.Parse(data).RootElement.Clone());

    public static string Render(InfoView view, InfoNode node, bool showLabels = true)
    {
        using var output = new StringWriter { NewLine = "\n" };
        var content = view.Select(node);
        Assert.NotNull(content);
        view.WriteTextDocument(output, [new ShownNode(node, content)], showLabels);
        return output.ToString();
    }
}
