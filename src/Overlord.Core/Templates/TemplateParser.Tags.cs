using System.Text.RegularExpressions;

namespace Overlord.Core.Templates;

/// <summary>
/// Tags: <c>&lt;%doc&gt;</c> (dropped), <c>&lt;%text&gt;</c> (kept as is) and <c>&lt;%include file="..."/&gt;</c>.
/// Python blocks and every other Mako tag are refused by name: templates never run code.
/// </summary>
internal sealed partial class TemplateParser
{
    private const string IncludeOpening = "<%include";

    private void Tag()
    {
        var mark = _source.MarkAt(_position);
        if (_source.StartsWith(_position, "</%"))
        {
            var name = TagName(_position + 3);
            throw new TemplateException(mark, $"'</%{name}>' closes a tag that is not open");
        }

        if (_source.StartsWith(_position, "<%!"))
        {
            throw new TemplateException(mark, "Python module blocks '<%! %>' are not supported: templates cannot run code");
        }

        var tag = TagName(_position + 2);
        switch (tag)
        {
            case "":
                throw new TemplateException(mark, "Python blocks '<% %>' are not supported: templates cannot run code");
            case "doc":
                _position = Closing("doc", mark).After;
                break;
            case "text":
                var (contentEnd, after) = Closing("text", mark);
                var contentStart = _source.Text.IndexOf('>', _position) + 1;
                for (_position = contentStart; _position < contentEnd; _position++)
                {
                    AppendText(_source.At(_position));
                }

                _position = after;
                break;
            case "include":
                Include(mark);
                break;
            default:
                throw new TemplateException(mark, $"'<%{tag}>' is not supported; the tags are <%doc>, <%text> and <%include>");
        }
    }

    private string TagName(int at)
    {
        var end = at;
        while (char.IsLetterOrDigit(_source.At(end)) || _source.At(end) is '_' or ':' or '.')
        {
            end++;
        }

        return _source.Text[at..end];
    }

    /// <summary>Where <c>&lt;/%name&gt;</c> starts and where it ends.</summary>
    private (int Start, int After) Closing(string name, Diagnostics.Mark mark)
    {
        var closing = $"</%{name}>";
        var start = _source.Text.IndexOf(closing, _position, StringComparison.Ordinal);
        return start >= 0 ? (start, start + closing.Length) : throw new TemplateException(mark, $"'<%{name}>' is never closed with '{closing}'");
    }

    /// <summary><c>&lt;%include file="path"/&gt;</c>; the path may hold <c>${...}</c>.</summary>
    private void Include(Diagnostics.Mark mark)
    {
        // One attribute at a time: the non-backtracking engine keeps only the last capture of a repeated group.
        var text = _source.Text;
        var at = _position + IncludeOpening.Length;
        var attributes = new List<(string Name, Group Value)>();
        while (IncludeAttribute().Match(text, at, text.Length - at) is { Success: true } attribute)
        {
            attributes.Add((attribute.Groups["name"].Value, attribute.Groups["value"]));
            at = attribute.Index + attribute.Length;
        }

        var ending = IncludeEnding().Match(text, at, text.Length - at);
        if (!ending.Success)
        {
            throw new TemplateException(mark, "write an include as <%include file=\"path\"/>");
        }

        string? file = null;
        var fileStart = 0;
        foreach (var (name, value) in attributes)
        {
            if (name != "file")
            {
                throw new TemplateException(mark, $"<%include> takes only file=\"...\"; '{name}' is not supported");
            }

            file = value.Value;
            fileStart = value.Index;
        }

        if (string.IsNullOrEmpty(file))
        {
            throw new TemplateException(mark, "<%include> needs file=\"path\"");
        }

        var path = Interpolate(fileStart, fileStart + file.Length);
        var uri = _uri;
        _position = ending.Index + ending.Length;
        Add((state, scope) =>
        {
            var written = path(scope);
            var resolved = TemplateLookup.Resolve(written, uri)
                ?? throw new TemplateException(mark, $"'{written}' leaves the lookup directories; includes stay inside them");
            state.Include(resolved, mark);
        });
    }

    /// <summary>Text from <paramref name="start"/> to <paramref name="end"/> with its <c>${...}</c> evaluated.</summary>
    private Func<Scope, string> Interpolate(int start, int end)
    {
        var parts = new List<Func<Scope, string>>();
        var at = start;
        while (at < end)
        {
            var open = _source.Text.IndexOf("${", at, end - at, StringComparison.Ordinal);
            var literal = _source.Text[at..(open < 0 ? end : open)];
            parts.Add(_ => literal);
            if (open < 0)
            {
                break;
            }

            var parser = new ExpressionParser(_source, open + 2, end);
            var expression = parser.ParseExpression();
            at = parser.ExpectClosing("}", "'}' to close the '${' in the file name").End;
            parts.Add(scope => PyValues.Str(expression(scope)));
        }

        return scope => string.Concat(parts.Select(part => part(scope)));
    }

    // Matched on the rest of the text (Match(text, start, length)), so ^ is where the attribute or ending must start.
    [GeneratedRegex("""^\s+(?<name>\w+)\s*=\s*(?:"(?<value>[^"]*)"|'(?<value>[^']*)')""", RegexOptions.NonBacktracking)]
    private static partial Regex IncludeAttribute();

    [GeneratedRegex("""^\s*(?:/>|>\s*</%include>)""", RegexOptions.NonBacktracking)]
    private static partial Regex IncludeEnding();
}
