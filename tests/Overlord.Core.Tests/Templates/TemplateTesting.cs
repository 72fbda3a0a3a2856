using Overlord.Core.Results;
using Overlord.Core.Templates;

namespace Overlord.Core.Tests.Templates;

/// <summary>Renders template text named <c>tpl</c> with variables given as <c>name=value</c>.</summary>
internal static class TemplateTesting
{
    public static Result<string> Render(string template, params string[] variables) =>
        Render(template, TemplateLookup.Refusing("no lookup in this test"), variables);

    public static Result<string> Render(string template, TemplateLookup lookup, params string[] variables)
    {
        var values = variables.Select(v => v.Split('=', 2)).ToDictionary(pair => pair[0], pair => pair[1], StringComparer.Ordinal);
        return MakoTemplate.Render(template, "tpl", values, lookup);
    }

    /// <summary>The rendered text; fails the test with the error when rendering failed.</summary>
    public static string Text(string template, params string[] variables)
    {
        var result = Render(template, variables);
        Assert.True(result.IsSuccess, result.Error?.ToString());
        return result.Value;
    }

    /// <summary>The error as <c>tpl:LINE:COLUMN: message</c>; fails the test when rendering succeeded.</summary>
    public static string Error(string template, params string[] variables) => ErrorOf(Render(template, variables));

    public static string ErrorOf(Result<string> result)
    {
        Assert.False(result.IsSuccess, $"rendered: {result.Value}");
        return result.Error.ToString();
    }
}
