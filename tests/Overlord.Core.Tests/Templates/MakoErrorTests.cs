using static Overlord.Core.Tests.Templates.TemplateTesting;

namespace Overlord.Core.Tests.Templates;

public sealed class MakoErrorTests
{
    [Fact]
    public void UndefinedVariable_NamesTemplateLineColumnAndVariable()
    {
        var error = Error("kind: directorProject\nprojectName: ${appName}-${port}\n", "appName=web");

        Assert.Equal("tpl:2:27: undefined variable 'port'", error);
    }

    [Fact]
    public void UndefinedVariable_UsedInAnOperation_IsAnError()
    {
        var error = Error("x\n% if port + 1:\n% endif\n");

        Assert.Equal("tpl:2:6: undefined variable 'port'", error);
    }

    [Theory]
    [InlineData("a\n${name +}\n", "tpl:2:9: expected a value (a name, a number, a string, a list or a dict), found '}'")]
    [InlineData("${name\n", "tpl:2:1: expected '}' to close the '${' at 1:1, found the end of the expression")]
    [InlineData("${}", "tpl:1:1: '${}' holds no expression")]
    [InlineData("${name | bold}", "tpl:1:10: unknown filter 'bold'; the filters are h, x, u, trim, str, n")]
    [InlineData("${'a' + 1}", "tpl:1:7: '+' cannot combine str and int")]
    [InlineData("${int(name)}", "tpl:1:6: int() cannot read 'web' as a base-10 integer")]
    [InlineData("${name.nope()}", "tpl:1:7: str has no attribute 'nope'")]
    [InlineData("${{'a': 1}.a}", "tpl:1:11: a dict has no attribute 'a'; write ['a'] to read a key")]
    [InlineData("${{'a': 1}['b']}", "tpl:1:11: key 'b' is not in the dict")]
    [InlineData("${name[9]}", "tpl:1:7: index 9 is out of range (length 3)")]
    [InlineData("${f'x'}", "tpl:1:3: f-strings are not supported; join text with + and str()")]
    [InlineData("${1 / 2}", "tpl:1:5: '/' makes a float, which templates do not support; use '//' for whole numbers")]
    [InlineData("${[x for x in name]}", "tpl:1:6: comprehensions are not supported in templates")]
    [InlineData("${range(10000000)}", "tpl:1:8: range() would hold 10000000 numbers; at most 1000000 are allowed")]
    [InlineData("${name.split(maxsplit=1)}", "tpl:1:22: keyword arguments are not supported in templates")]
    public void ExpressionError_IsReportedWhereItIs(string template, string expected)
    {
        var error = Error(template, "name=web");

        Assert.Equal(expected, error);
    }

    [Theory]
    [InlineData("a\n  % if x:\nb\n", "tpl:2:3: '% if' is never closed; add '% endif'")]
    [InlineData("% for x in y:\n% endif\n", "tpl:2:1: '% endif' does not close anything here: '% for' at line 1 is open")]
    [InlineData("a\n% endfor\n", "tpl:2:1: '% endfor' does not close anything here: nothing is open")]
    [InlineData("% else:\n", "tpl:1:1: '% else' without a matching '% if'")]
    [InlineData("% if a:\n% else:\n% elif b:\n% endif\n", "tpl:3:1: '% elif' after '% else' (the '% if' at line 1)")]
    [InlineData("% if a\n% endif\n", "tpl:1:7: expected ':' at the end of '% if', found the end of the expression")]
    [InlineData("% while a:\n", "tpl:1:1: '% while' is not supported; control lines are if, elif, else, endif, for and endfor")]
    [InlineData("% for a b:\n", "tpl:1:9: expected 'in' after the loop variables, found 'b'")]
    [InlineData("% for a, b in ['xy', 'z']:\n% endfor\n", "tpl:1:1: '% for' cannot unpack 1 values into 2 variables (a, b)")]
    public void ControlLineError_IsReportedWhereItIs(string template, string expected)
    {
        var error = Error(template, "a=1", "y=ab");

        Assert.Equal(expected, error);
    }

    [Theory]
    [InlineData("a\n<% import os %>\n", "tpl:2:1: Python blocks '<% %>' are not supported: templates cannot run code")]
    [InlineData("<%! import os %>", "tpl:1:1: Python module blocks '<%! %>' are not supported: templates cannot run code")]
    [InlineData("x <%def name=\"f()\">y</%def>", "tpl:1:3: '<%def>' is not supported; the tags are <%doc>, <%text> and <%include>")]
    [InlineData("<%doc>never closed", "tpl:1:1: '<%doc>' is never closed with '</%doc>'")]
    [InlineData("</%text>", "tpl:1:1: '</%text>' closes a tag that is not open")]
    public void Tag_ThatCouldRunCodeOrIsUnknown_IsRefused(string template, string expected)
    {
        var error = Error(template);

        Assert.Equal(expected, error);
    }
}
