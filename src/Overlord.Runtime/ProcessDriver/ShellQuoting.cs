namespace Overlord.Runtime.ProcessDriver;

/// <summary>POSIX shell quoting: single quotes, with each embedded quote closed, escaped and reopened.</summary>
internal static class ShellQuoting
{
    public static string Quote(string text) => "'" + text.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
