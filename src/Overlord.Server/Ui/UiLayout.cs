namespace Overlord.Server.Ui;

/// <summary>
/// The frame of every page under <c>/ui/</c>: one self-contained document (inline style, no external file, no
/// CDN, so it works offline) that fits a phone's width.
/// </summary>
internal static class UiLayout
{
    private const string Style = """
        :root { color-scheme: light dark; --ok: #1a7f37; --bad: #cf222e; --muted: #6e7781; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 15px/1.45 system-ui, sans-serif; }
        header { display: flex; flex-wrap: wrap; gap: .5rem; align-items: center; justify-content: space-between; padding: .6rem 1rem; border-bottom: 1px solid #8884; }
        header h1 { font-size: 1.1rem; margin: 0; }
        main { padding: .5rem 1rem 2rem; max-width: 60rem; margin: 0 auto; }
        section { border: 1px solid #8886; border-radius: 8px; padding: .5rem .8rem; margin: .8rem 0; }
        h2 { font-size: 1.05rem; margin: 1rem 0 .3rem; }
        h3 { font-size: 1rem; margin: .2rem 0; word-break: break-all; }
        h4 { font-size: .95rem; margin: .5rem 0 .2rem; word-break: break-all; }
        article { border-top: 1px dashed #8886; padding-top: .3rem; }
        .label, .badge, .state { display: inline-block; border-radius: 1em; padding: 0 .55em; margin: 0 .25em .25em 0; font-size: .8rem; border: 1px solid #8888; }
        .ok { color: var(--ok); border-color: var(--ok); }
        .bad, .error { color: var(--bad); border-color: var(--bad); }
        .state { font-weight: 600; }
        .none, .read-at, .timeout { color: var(--muted); font-size: .85rem; margin: .2rem 0; }
        ul { padding-left: 1.2rem; margin: .2rem 0; }
        pre { white-space: pre-wrap; word-break: break-word; max-height: 20rem; overflow: auto; font-size: .8rem; background: #8881; padding: .4rem; margin: .3rem 0; }
        dl { display: grid; grid-template-columns: max-content 1fr; gap: .1rem .8rem; margin: .3rem 0; }
        dt { color: var(--muted); } dd { margin: 0; word-break: break-all; }
        .scroll { overflow-x: auto; }
        table { border-collapse: collapse; width: 100%; font-size: .85rem; }
        th, td { text-align: left; padding: .2rem .4rem; border-bottom: 1px solid #8884; vertical-align: top; }
        td.sync.synced { color: var(--ok); } td.sync.failed, td.sync.unreachable { color: var(--bad); }
        form.login { display: grid; gap: .6rem; max-width: 30rem; }
        textarea { width: 100%; min-height: 7rem; font: .8rem monospace; }
        button { font: inherit; padding: .35rem .9rem; }
        form.logout { margin: 0; }
        """;

    /// <summary>A whole document; <paramref name="body"/> is markup the caller built with <see cref="HtmlText"/>.</summary>
    public static string Document(string title, string body, string? script = null, string? nonce = null)
    {
        var html = new HtmlText();
        html.Raw("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
            .Raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Raw("<meta name=\"referrer\" content=\"no-referrer\">")
            .Element("title", null, title)
            .Raw("<style").Attribute("nonce", nonce).Raw(">").Raw(Style).Raw("</style></head><body>")
            .Raw(body);
        if (script is not null)
        {
            html.Raw("<script").Attribute("nonce", nonce).Raw(">").Raw(script).Raw("</script>");
        }

        return html.Raw("</body></html>").ToString();
    }
}
