using System.Text;
using System.Text.Encodings.Web;

namespace Overlord.Server.Ui;

/// <summary>
/// Builds HTML where every piece of data (labels, project names, outputs, commit subjects) goes through the
/// encoder: only the page's own markup is written raw.
/// </summary>
internal sealed class HtmlText
{
    private readonly StringBuilder _builder = new();

    public HtmlText Raw(string markup)
    {
        _builder.Append(markup);
        return this;
    }

    public HtmlText Text(string? value)
    {
        _builder.Append(HtmlEncoder.Default.Encode(value ?? ""));
        return this;
    }

    /// <summary><c>&lt;tag class="..."&gt;text&lt;/tag&gt;</c>, the text encoded.</summary>
    public HtmlText Element(string tag, string? cssClass, string? value) =>
        Raw(cssClass is null ? $"<{tag}>" : $"<{tag} class=\"{cssClass}\">").Text(value).Raw($"</{tag}>");

    /// <summary>An attribute whose value is data: <c> name="value"</c>, the value encoded.</summary>
    public HtmlText Attribute(string name, string? value) => Raw($" {name}=\"").Text(value).Raw("\"");

    public override string ToString() => _builder.ToString();
}
