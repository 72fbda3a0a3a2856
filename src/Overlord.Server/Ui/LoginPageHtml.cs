namespace Overlord.Server.Ui;

/// <summary><c>/ui/login</c>: a form where the user pastes an access token of this node (a <c>read</c> one is enough).</summary>
internal static class LoginPageHtml
{
    public static string Page(string? error, string nonce)
    {
        var body = new HtmlText();
        body.Raw("<header><h1>Overlord</h1></header><main>")
            .Element("h2", null, "Log in with an access token")
            .Element("p", null, "Paste a token of this node (overlord gen-token). It is kept in a cookie only this page can read, until you log out.");
        if (error is not null)
        {
            body.Element("p", "error", error);
        }

        body.Raw("<form class=\"login\" method=\"post\" action=\"/ui/login\">")
            .Raw("<label for=\"token\">Token</label>")
            .Raw("<textarea id=\"token\" name=\"token\" required autocomplete=\"off\" spellcheck=\"false\"></textarea>")
            .Raw("<button type=\"submit\">Log in</button></form></main>");
        return UiLayout.Document("Overlord login", body.ToString(), nonce: nonce);
    }
}
