using static Overlord.Core.Tests.Templates.TemplateTesting;

namespace Overlord.Core.Tests.Templates;

public sealed class MakoExpressionTests
{
    [Theory]
    [InlineData("${name}", "web")]
    [InlineData("${name + '-' + env}", "web-prod")]
    [InlineData("${int(replicas) * 2 + 1}", "7")]
    [InlineData("${int(replicas) // 2} ${int(replicas) % 2} ${-int(replicas)}", "1 1 -3")]
    [InlineData("${str(int(replicas) + 1) + 'x'}", "4x")]
    [InlineData("${len(name)} ${len([1, 2])} ${len({'a': 1})}", "3 2 1")]
    [InlineData("${name.upper()} ${'A,B'.lower().split(',')}", "WEB ['a', 'b']")]
    [InlineData("${' x '.strip()}|${'a-b-c'.replace('-', '.')}|${'-'.join(['a', 'b'])}", "x|a.b.c|a-b")]
    [InlineData("${name[0]} ${name[-1]} ${name[1:]} ${name[::-1]}", "w b eb bew")]
    [InlineData("${{'port': 80}['port']} ${{'a': 1}.get('b', 'none')}", "80 none")]
    [InlineData("${'yes' if env == 'prod' else 'no'}", "yes")]
    [InlineData("${env == 'prod' and name or 'other'}", "web")]
    [InlineData("${not env}", "False")]
    [InlineData("${'e' in name} ${'z' not in name} ${2 in [1, 2]}", "True True True")]
    [InlineData("${1 < int(replicas) <= 3} ${'a' < 'b'} ${None is None} ${1 is not None}", "True True True True")]
    [InlineData("${None} ${True} ${[1, 'a', None]}", "None True [1, 'a', None]")]
    [InlineData("${'it''s'} ${\"say \\\"hi\\\"\"} ${r'a\\n'}", "its say \"hi\" a\\n")]
    [InlineData("${list_of_one}", "['x']")]
    public void Expression_IsEvaluatedAsPython(string template, string expected)
    {
        var variables = new[] { "name=web", "env=prod", "replicas=3" };
        var source = template.Replace("${list_of_one}", "${['x']}", StringComparison.Ordinal);

        var text = Text(source, variables);

        Assert.Equal(expected, text);
    }

    [Fact]
    public void Expression_AppNameAndContextGet_AreAvailable()
    {
        var text = Text("${context.get('domain', 'example.org')} ${context.get('appName')} ${'appName' in context}", "appName=blog");

        Assert.Equal("example.org blog True", text);
    }

    [Fact]
    public void Expression_SpanningLines_IsOneExpression()
    {
        var text = Text("${ name +\n  '.conf' }\n", "name=web");

        Assert.Equal("web.conf\n", text);
    }

    [Theory]
    [InlineData("${name | h}", "&lt;a href=&#34;x&#34;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;")]
    [InlineData("${name | x}", "&lt;a href=&#34;x&#34;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;")]
    [InlineData("${name | u}", "%3Ca+href%3D%22x%22%3ETom+%26+%27Jerry%27%3C%2Fa%3E")]
    [InlineData("${name | n}", "<a href=\"x\">Tom & 'Jerry'</a>")]
    [InlineData("${name}", "<a href=\"x\">Tom & 'Jerry'</a>")]
    public void Filter_EscapesAsMako(string template, string expected)
    {
        var text = Text(template, "name=<a href=\"x\">Tom & 'Jerry'</a>");

        Assert.Equal(expected, text);
    }

    [Fact]
    public void Filters_ApplyLeftToRight()
    {
        var text = Text("[${name | trim, u}] [${name | u, trim}] [${'é' | u}]", "name=  a b  ");

        Assert.Equal("[a+b] [++a+b++] [%C3%A9]", text);
    }
}
