namespace Overlord.Server.Ui;

/// <summary>The agent's node only: what it watches, the sync status of each spec on each node, the last commits and their notes.</summary>
internal static class AgentSectionHtml
{
    public static void Write(HtmlText html, AgentPageStatus agent)
    {
        html.Raw("<section class=\"agent\"><h2>GitOps agent</h2><dl>");
        Term(html, "repository", agent.Repository);
        Term(html, "branch", agent.Branch);
        Term(html, "last applied", Short(agent.LastAppliedCommit) ?? "none yet");
        Term(html, "branch head", Short(agent.BranchHead) ?? "not read yet");
        Term(html, "last sync", agent.LastSync ?? "none yet");
        html.Raw("</dl>");

        html.Element("h3", null, "Specs per node");
        if (agent.Pairs.Count == 0)
        {
            html.Element("p", "none", "no spec reconciled yet");
        }
        else
        {
            html.Raw("<div class=\"scroll\"><table><thead><tr><th>spec</th><th>node</th><th>status</th><th>detail</th></tr></thead><tbody>");
            foreach (var pair in agent.Pairs)
            {
                html.Raw("<tr").Attribute("data-spec", pair.Spec).Attribute("data-status", pair.Status).Raw(">")
                    .Element("td", null, pair.Spec).Element("td", null, pair.Node.Length == 0 ? "(agent's node)" : pair.Node)
                    .Element("td", "sync " + pair.Status, pair.Status).Element("td", null, pair.Detail).Raw("</tr>");
            }

            html.Raw("</tbody></table></div>");
        }

        html.Element("h3", null, "Last commits");
        html.Raw("<ul class=\"commits\">");
        foreach (var commit in agent.Commits)
        {
            html.Raw("<li><code>").Text(Short(commit.Sha)).Raw("</code> ").Text(commit.Subject);
            if (commit.Notes.Count > 0)
            {
                html.Element("pre", "note", string.Join('\n', commit.Notes));
            }

            html.Raw("</li>");
        }

        html.Raw("</ul></section>");
    }

    private static void Term(HtmlText html, string term, string value) => html.Element("dt", null, term).Element("dd", null, value);

    private static string? Short(string? sha) => sha is { Length: > 12 } ? sha[..12] : sha;
}
