using System.Reflection;

namespace Overlord.Cli.Demo;

/// <summary>
/// How the demo starts more of itself (<c>overlord serve</c> per node): the apphost it runs as, or
/// <c>dotnet overlord.dll</c> when it was started through dotnet.
/// </summary>
internal sealed record SelfExecutable(string FileName, IReadOnlyList<string> LeadingArguments)
{
    public static SelfExecutable Current()
    {
        var process = Environment.ProcessPath ?? throw new InvalidOperationException("the path of the running executable is unknown");
        if (!string.Equals(Path.GetFileNameWithoutExtension(process), "dotnet", StringComparison.Ordinal))
        {
            return new SelfExecutable(process, []);
        }

        var entry = Assembly.GetEntryAssembly()?.Location;
        return string.IsNullOrEmpty(entry)
            ? throw new InvalidOperationException("the entry assembly of dotnet is unknown")
            : new SelfExecutable(process, [entry]);
    }
}
