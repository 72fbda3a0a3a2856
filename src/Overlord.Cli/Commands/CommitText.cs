namespace Overlord.Cli.Commands;

/// <summary>How the agent commands print a commit: its first 12 hex digits, as git's short form at that length.</summary>
internal static class CommitText
{
    public static string Short(string? commit, string missing = "(unknown)") => commit is null ? missing : commit[..Math.Min(12, commit.Length)];
}
