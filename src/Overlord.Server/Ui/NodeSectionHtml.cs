using System.Globalization;
using System.Text.Json;
using Overlord.Client.Contract;

namespace Overlord.Server.Ui;

/// <summary>One node of the tree: its path and labels, reachable or not, its smart-timeout state, and each of its projects.</summary>
internal static class NodeSectionHtml
{
    public static void Write(HtmlText html, StatusPageNode node)
    {
        html.Raw("<section class=\"node\"").Attribute("data-chain", node.Chain ?? "")
            .Attribute("data-reachable", node.Reachable ? "true" : "false").Raw(">");
        html.Raw("<h3>").Text(node.Chain ?? "this node").Raw(" ")
            .Element("span", node.Reachable ? "badge ok" : "badge bad", node.Reachable ? "reachable" : "unreachable").Raw("</h3>");
        html.Raw("<p class=\"labels\">");
        foreach (var label in node.Labels)
        {
            html.Element("span", "label", label);
        }

        html.Raw("</p>");
        if (node.SmartTimeout is { } timeout)
        {
            html.Element("p", "timeout", "smart timeout: " + timeout);
        }

        if (node.Error is { } error)
        {
            html.Element("p", "error", error);
        }

        if (node.Reachable && node.Projects.Count == 0)
        {
            html.Element("p", "none", "no projects");
        }

        foreach (var (name, project) in node.Projects.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            WriteProject(html, $"{node.Chain}/{name}", name, project);
        }

        html.Raw("</section>");
    }

    private static void WriteProject(HtmlText html, string key, string name, ProjectInfo project)
    {
        var state = project.State ?? "unknown";
        html.Raw("<article class=\"project\"").Attribute("data-project", name).Attribute("data-state", state).Raw(">");
        html.Raw("<h4>").Text(name).Raw(" ").Element("span", "state", state);
        if (project.Locked == true)
        {
            html.Raw(" ").Element("span", "badge", "locked");
        }

        html.Raw("</h4>");
        if (project.Services is { Count: > 0 } services)
        {
            html.Raw("<ul class=\"services\">");
            foreach (var service in services)
            {
                html.Raw("<li>").Text(service.Name).Raw(" ")
                    .Element("span", service.Status == 0 ? "badge ok" : "badge bad", "status " + service.Status?.ToString(CultureInfo.InvariantCulture))
                    .Raw("</li>");
            }

            html.Raw("</ul>");
        }

        if (LastOperation(project) is { } last)
        {
            WriteOperation(html, key, last);
        }

        html.Raw("</article>");
    }

    /// <summary>The newer of the last up and the last down.</summary>
    private static OperationStatus? LastOperation(ProjectInfo project) =>
        new[] { project.Up, project.Down }.OfType<OperationStatus>().OrderBy(status => status.LastUpdate ?? double.MaxValue).FirstOrDefault();

    private static void WriteOperation(HtmlText html, string key, OperationStatus operation)
    {
        var summary = $"last operation: {operation.Operation ?? "?"}";
        if (operation.LastUpdate is { } seconds)
        {
            summary += $", {Ago(seconds)}";
        }

        if (operation.Output?.Rc is { } rc)
        {
            summary += $", rc {rc.ToString(CultureInfo.InvariantCulture)}";
        }

        html.Raw("<details class=\"operation\"").Attribute("data-key", key).Raw("><summary>").Text(summary).Raw("</summary>");
        if (operation.Message is { } message)
        {
            html.Element("p", null, message);
        }

        if (operation.Exception is { } exception)
        {
            html.Element("p", "error", $"{exception.Type}: {exception.Message}");
        }

        html.Element("pre", null, OutputText(operation.Output));
        html.Raw("</details>");
    }

    private static string OutputText(OperationOutput? output)
    {
        if (output is null)
        {
            return "(no output)";
        }

        var stdout = output.Stdout switch
        {
            { ValueKind: JsonValueKind.String } text => text.GetString() ?? "",
            { ValueKind: not JsonValueKind.Null and not JsonValueKind.Undefined } json => JsonSerializer.Serialize(json, OverlordJson.IndentedForHtml.TypeInfo<JsonElement>()),
            _ => "",
        };
        return string.IsNullOrEmpty(output.Stderr) ? stdout : $"{stdout}\n{output.Stderr}";
    }

    private static string Ago(double seconds) => seconds switch
    {
        < 90 => string.Create(CultureInfo.InvariantCulture, $"{seconds:0} s ago"),
        < 5400 => string.Create(CultureInfo.InvariantCulture, $"{seconds / 60:0} min ago"),
        < 172800 => string.Create(CultureInfo.InvariantCulture, $"{seconds / 3600:0} h ago"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{seconds / 86400:0} days ago"),
    };
}
