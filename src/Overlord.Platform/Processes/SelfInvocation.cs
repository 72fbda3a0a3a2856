using System.Diagnostics.CodeAnalysis;
using System.Reflection;

namespace Overlord.Platform.Processes;

/// <summary>
/// How this program starts more of itself: the apphost it runs as, or <c>dotnet overlord.dll</c> when it was
/// started through dotnet. Used for OVERLORD_BIN in services and by the demo for its nodes.
/// </summary>
public sealed record SelfInvocation(string FileName, IReadOnlyList<string> LeadingArguments)
{
    /// <summary>The running program, or null when the runtime cannot tell its path.</summary>
    [UnconditionalSuppressMessage("SingleFile", "IL3000", Justification = "Read only when started through dotnet, never in a single-file or native build.")]
    public static SelfInvocation? Find()
    {
        var process = Environment.ProcessPath;
        if (string.IsNullOrEmpty(process))
        {
            return null;
        }

        if (!string.Equals(Path.GetFileNameWithoutExtension(process), "dotnet", StringComparison.Ordinal))
        {
            return new SelfInvocation(process, []);
        }

        var entry = Assembly.GetEntryAssembly()?.Location;
        return string.IsNullOrEmpty(entry) ? null : new SelfInvocation(process, [entry]);
    }
}
