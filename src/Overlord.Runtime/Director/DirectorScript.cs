namespace Overlord.Runtime.Director;

/// <summary>One item of a service's <c>scripts</c>.</summary>
/// <param name="Text">The script.</param>
/// <param name="Shell">The shell command line that runs it (Director's default <c>/bin/sh -c</c>).</param>
/// <param name="Type">jexec, local or chroot.</param>
/// <param name="PostStart">Run after the start check, on every up.</param>
public sealed record DirectorScript(string Text, string Shell, string Type, bool PostStart)
{
    public const string DefaultShell = "/bin/sh -c";

    public const string DefaultType = "jexec";
}
