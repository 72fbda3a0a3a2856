using System.Globalization;

namespace Overlord.Server.Ui;

/// <summary>The live part of the status page (what the script fetches again every few seconds): the nodes, then the agent.</summary>
internal static class StatusFragmentHtml
{
    public static string Write(StatusPageData data)
    {
        var html = new HtmlText();
        html.Raw("<p class=\"read-at\">read at <time>")
            .Text(data.ReadAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture))
            .Raw(" UTC</time></p>");
        html.Element("h2", null, data.Nodes.Count == 1 ? "1 node" : $"{data.Nodes.Count} nodes");
        foreach (var node in data.Nodes)
        {
            NodeSectionHtml.Write(html, node);
        }

        if (data.Agent is { } agent)
        {
            AgentSectionHtml.Write(html, agent);
        }

        return html.ToString();
    }
}
