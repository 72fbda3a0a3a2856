using Overlord.Platform.Processes;

namespace Overlord.Runtime.ProcessDriver;

/// <summary>
/// How a service runs the node's own <c>overlord</c> (OVERLORD_BIN): its small tools, such as
/// <c>overlord httpd</c>, need nothing else installed, which is what lets the example repository and
/// the demo serve HTTP on a machine that has only .NET and git.
/// </summary>
internal static class OverlordCommand
{
    public const string Variable = "OVERLORD_BIN";

    private static readonly Lazy<string> LazyCurrent = new(Find);

    /// <summary>The apphost path, or <c>dotnet /path/overlord.dll</c> when the node was started through dotnet.
    /// Unquoted, for the shell's word splitting, like OVERLORD_ROOT.</summary>
    public static string Current => LazyCurrent.Value;

    private static string Find() =>
        SelfInvocation.Find() is { } self ? string.Join(' ', [self.FileName, .. self.LeadingArguments]) : "overlord";
}
