using System.Text;
using Overlord.Core.Diagnostics;

namespace Overlord.Core.Templates;

/// <summary>What one render shares across its templates: the output (bounded), the variables, the lookup and the includes in progress.</summary>
internal sealed class RenderState(IReadOnlyDictionary<string, string> variables, TemplateLookup lookup)
{
    /// <summary>How deep includes may nest.</summary>
    public const int MaxIncludeDepth = 16;

    private readonly StringBuilder _output = new();
    private readonly List<string> _including = [];
    private readonly Dictionary<string, CompiledTemplate> _compiled = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, string> Variables => variables;

    /// <summary>The lookup path of the template being rendered; empty for the top template.</summary>
    public string CurrentUri => _including.Count == 0 ? "" : _including[^1];

    public string Output => _output.ToString();

    public void Write(string text, Mark mark)
    {
        if (_output.Length + (long)text.Length > MakoTemplate.MaxOutputLength)
        {
            throw new TemplateException(mark, $"the rendered text would be longer than {MakoTemplate.MaxOutputLength} characters");
        }

        _output.Append(text);
    }

    /// <summary>Renders the template at <paramref name="uri"/> (already resolved against the including template) in place.</summary>
    public void Include(string uri, Mark mark)
    {
        if (_including.Contains(uri, StringComparer.Ordinal))
        {
            throw new TemplateException(mark, $"'{uri}' includes itself ({string.Join(" -> ", _including.Append(uri))})");
        }

        if (_including.Count >= MaxIncludeDepth)
        {
            throw new TemplateException(mark, $"includes nest deeper than {MaxIncludeDepth} templates");
        }

        if (!_compiled.TryGetValue(uri, out var template))
        {
            var text = lookup.Read(uri, mark);
            template = _compiled[uri] = TemplateParser.Parse(text, uri, uri);
        }

        _including.Add(uri);
        template.Render(this);
        _including.RemoveAt(_including.Count - 1);
    }
}
