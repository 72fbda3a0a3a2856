using static Overlord.Core.Tests.Templates.TemplateTesting;

namespace Overlord.Core.Tests.Templates;

public sealed class MakoControlTests
{
    [Theory]
    [InlineData("prod", "a: 1\nlevel: high\nb: 2\n")]
    [InlineData("test", "a: 1\nlevel: low\nb: 2\n")]
    [InlineData("dev", "a: 1\nlevel: none\nb: 2\n")]
    public void If_ElifElse_KeepsOneBranchAndDropsTheControlLines(string env, string expected)
    {
        const string Template = "a: 1\n% if env == 'prod':\nlevel: high\n  % elif env == 'test':\nlevel: low\n% else:\nlevel: none\n% endif\nb: 2\n";

        var text = Text(Template, $"env={env}");

        Assert.Equal(expected, text);
    }

    [Fact]
    public void If_OnAnUndefinedName_IsFalseAsInMako()
    {
        var text = Text("% if tls:\ntls: on\n% endif\n% if tls is UNDEFINED:\nno tls\n% endif\n");

        Assert.Equal("no tls\n", text);
    }

    [Fact]
    public void For_RepeatsItsBodyWithTheLoopVariable()
    {
        var text = Text("ports:\n% for port in ports.split(','):\n  - ${port}${'' if loop.last else ' #' + str(loop.index)}\n% endfor\n", "ports=80,443,8080");

        Assert.Equal("ports:\n  - 80 #0\n  - 443 #1\n  - 8080\n", text);
    }

    [Fact]
    public void For_UnpacksPairsAndNests()
    {
        const string Template = "% for key, value in {'a': 1, 'b': 2}.items():\n% for i in range(value):\n${key}${i}\n% endfor\n% endfor\n";

        var text = Text(Template);

        Assert.Equal("a0\nb0\nb1\n", text);
    }

    [Fact]
    public void Comment_Lines_AreDropped()
    {
        var text = Text("a\n## a comment with ${undefined}\n   ## indented\nb ## not a comment\n");

        Assert.Equal("a\nb ## not a comment\n", text);
    }

    [Fact]
    public void DocTag_IsDroppedAndTextTag_IsKeptAsWritten()
    {
        var text = Text("<%doc>\n${nothing}\n</%doc>a\n<%text>${HOME} % if\n## kept</%text>\n", "name=web");

        Assert.Equal("a\n${HOME} % if\n## kept\n", text);
    }

    [Fact]
    public void Backslash_AtTheEndOfALine_JoinsItToTheNext()
    {
        var text = Text("command: run \\\n  --name ${name}\n", "name=web");

        Assert.Equal("command: run   --name web\n", text);
    }

    [Fact]
    public void DoublePercent_AtTheStartOfALine_IsOnePercentSign()
    {
        var text = Text("  %% literal\nrate: 50%\n");

        Assert.Equal("  % literal\nrate: 50%\n", text);
    }
}
