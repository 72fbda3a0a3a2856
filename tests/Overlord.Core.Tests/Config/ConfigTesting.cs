using Overlord.Core.Config;
using Overlord.Core.Environment;

namespace Overlord.Core.Tests.Config;

/// <summary>A fixed machine and a one-call parser, so no test depends on where it runs.</summary>
internal static class ConfigTesting
{
    public const string File = "overlord.yml";

    public static ConfigHost Host { get; } = new()
    {
        IsFreeBsd = false,
        IsRoot = false,
        HomeDirectory = "/home/op",
        XdgDataHome = null,
        HostName = "node1",
        ProcessorCount = 3,
    };

    public static VariableSource Variables(params (string Name, string Value)[] values) =>
        new(values.ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal));

    public static ConfigLoadResult Parse(string yaml, VariableSource? variables = null) =>
        ConfigLoader.Parse(yaml, File, variables ?? VariableSource.Empty, Host);

    /// <summary>Parses a file that must be accepted.</summary>
    public static OverlordConfig Valid(string yaml, VariableSource? variables = null)
    {
        var result = Parse(yaml, variables);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Errors));
        return result.Config!;
    }

    /// <summary>The errors of a file that must be refused, as <c>FILE:LINE:COLUMN: path: message</c> lines.</summary>
    public static List<string> Errors(string yaml, VariableSource? variables = null)
    {
        var result = Parse(yaml, variables);
        Assert.False(result.Succeeded, "the file was accepted");
        Assert.Null(result.Config);
        return result.Diagnostics.Errors.Select(e => e.ToString()).ToList();
    }

    /// <summary>The single error of a refused file.</summary>
    public static string Error(string yaml) => Assert.Single(Errors(yaml));
}
