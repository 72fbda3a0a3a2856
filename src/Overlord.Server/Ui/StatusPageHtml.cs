namespace Overlord.Server.Ui;

/// <summary>
/// <c>/ui/</c>: the header (this node's labels, a logout button) and the live part, which a small inline script
/// fetches again from <c>/ui/status</c> every few seconds. A refused fetch (the token expired, a logout in another
/// tab) goes back to the login form.
/// </summary>
internal static class StatusPageHtml
{
    public const int RefreshSeconds = 5;

    // data-refreshes counts the live updates, so a browser test can see the script at work.
    private const string Script = """
        (function () {
          var main = document.getElementById('live');
          var every = parseInt(main.getAttribute('data-every'), 10) * 1000;
          var count = 0;
          function refresh() {
            fetch('/ui/status', { credentials: 'same-origin', cache: 'no-store', redirect: 'manual' }).then(function (response) {
              if (response.status !== 200) { window.location.assign('/ui/login'); return null; }
              return response.text();
            }).then(function (text) {
              if (text === null) { return; }
              var open = Array.prototype.map.call(main.querySelectorAll('details[open]'), function (d) { return d.getAttribute('data-key'); });
              main.innerHTML = text;
              open.forEach(function (key) { var d = main.querySelector('details[data-key="' + CSS.escape(key) + '"]'); if (d) { d.open = true; } });
              count += 1;
              main.setAttribute('data-refreshes', String(count));
            }).catch(function () {
              main.setAttribute('data-offline', 'true');
            }).finally(function () { setTimeout(refresh, every); });
          }
          setTimeout(refresh, every);
        })();
        """;

    public static string Page(IReadOnlyList<string> labels, string fragment, string nonce)
    {
        var body = new HtmlText();
        body.Raw("<header><h1>Overlord ");
        foreach (var label in labels)
        {
            body.Element("span", "label", label);
        }

        body.Raw("</h1><form class=\"logout\" method=\"post\" action=\"/ui/logout\"><button type=\"submit\">Log out</button></form></header>")
            .Raw("<main id=\"live\" data-refreshes=\"0\"").Attribute("data-every", RefreshSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture)).Raw(">")
            .Raw(fragment)
            .Raw("</main>");
        return UiLayout.Document("Overlord status", body.ToString(), Script, nonce);
    }
}
