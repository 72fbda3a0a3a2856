using Overlord.Core.Results;
using Overlord.Core.Templates;
using Overlord.Testing;
using static Overlord.Core.Tests.Templates.TemplateTesting;

namespace Overlord.Core.Tests.Templates;

public sealed class MakoIncludeTests : IDisposable
{
    private readonly TempDirectory _folder = new("overlord-mako");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Include_RendersTheFileFromTheLookupDirectoryWithTheSameVariables()
    {
        _folder.Write("lib/service.tmpl", "service: ${appName}\n");

        var text = Text(Render("a: 1\n<%include file=\"service.tmpl\"/>\nb: 2\n", Lookup("lib"), "appName=web"));

        Assert.Equal("a: 1\nservice: web\n\nb: 2\n", text);
    }

    [Fact]
    public void Include_TakesTheFirstDirectoryThatHasTheFile()
    {
        _folder.Write("one/x.tmpl", "one");
        _folder.Write("two/x.tmpl", "two");
        _folder.Write("two/y.tmpl", "y");

        var text = Text(Render("<%include file='x.tmpl' /> <%include file=\"y.tmpl\"></%include>", Lookup("one", "two")));

        Assert.Equal("one y", text);
    }

    [Fact]
    public void Include_InASubfolder_IsRelativeToItsTemplateAndTheNameMayHoldExpressions()
    {
        _folder.Write("lib/apps/web.tmpl", "web <%include file=\"common.tmpl\"/> <%include file=\"/top.tmpl\"/>");
        _folder.Write("lib/apps/common.tmpl", "common");
        _folder.Write("lib/top.tmpl", "top");

        var text = Text(Render("<%include file=\"apps/${appName}.tmpl\"/>", Lookup("lib"), "appName=web"));

        Assert.Equal("web common top", text);
    }

    [Fact]
    public void Include_ThatLeavesTheLookupDirectories_IsRefused()
    {
        _folder.Write("secret.txt", "secret");
        _folder.Write("lib/a.tmpl", "");

        var error = ErrorOf(Render("x\n  <%include file=\"../secret.txt\"/>", Lookup("lib")));

        Assert.Equal("tpl:2:3: '../secret.txt' leaves the lookup directories; includes stay inside them", error);
    }

    [Fact]
    public void Include_ThroughASymbolicLinkOutOfTheDirectory_IsRefused()
    {
        _folder.Write("secret.txt", "secret");
        Directory.CreateDirectory(_folder.Combine("lib"));
        File.CreateSymbolicLink(_folder.Combine("lib", "link.tmpl"), _folder.Combine("secret.txt"));

        var error = ErrorOf(Render("<%include file=\"link.tmpl\"/>", Lookup("lib")));

        Assert.Equal($"tpl:1:1: 'link.tmpl' leaves the lookup directory {_folder.Combine("lib")} through a symbolic link", error);
    }

    [Fact]
    public void Include_ThatIsMissing_NamesTheDirectoriesSearched()
    {
        Directory.CreateDirectory(_folder.Combine("lib"));

        var error = ErrorOf(Render("<%include file=\"none.tmpl\"/>", Lookup("lib")));

        Assert.Equal($"tpl:1:1: template 'none.tmpl' not found in the lookup directories ({_folder.Combine("lib")}); add one with --mako-directories", error);
    }

    [Fact]
    public void Error_InAnIncludedTemplate_NamesThatTemplateAndItsLine()
    {
        _folder.Write("lib/part.tmpl", "ok\nport: ${port}\n");

        var error = ErrorOf(Render("<%include file=\"part.tmpl\"/>", Lookup("lib")));

        Assert.Equal("part.tmpl:2:9: undefined variable 'port'", error);
    }

    [Fact]
    public void Include_OfItself_IsRefusedNamingTheCycle()
    {
        _folder.Write("lib/a.tmpl", "<%include file=\"b.tmpl\"/>");
        _folder.Write("lib/b.tmpl", "<%include file=\"a.tmpl\"/>");

        var error = ErrorOf(Render("<%include file=\"a.tmpl\"/>", Lookup("lib")));

        Assert.Equal("b.tmpl:1:1: 'a.tmpl' includes itself (a.tmpl -> b.tmpl -> a.tmpl)", error);
    }

    [Fact]
    public void Include_WithARefusingLookup_SaysWhy()
    {
        var error = ErrorOf(Render("<%include file=\"a.tmpl\"/>", TemplateLookup.Refusing("the agent has no lookup directories")));

        Assert.Equal("tpl:1:1: cannot include 'a.tmpl': the agent has no lookup directories", error);
    }

    private static string Text(Result<string> result)
    {
        Assert.True(result.IsSuccess, result.Error?.ToString());
        return result.Value;
    }

    private TemplateLookup Lookup(params string[] directories) =>
        TemplateLookup.FromDirectories(directories, _folder.Path);
}
