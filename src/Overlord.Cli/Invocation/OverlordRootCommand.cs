using System.CommandLine;

namespace Overlord.Cli.Invocation;

/// <summary>The root command, carrying the working directory the commands resolve relative paths and <c>.env</c> against,
/// so in-process callers (tests) need not change the process's current directory.</summary>
internal sealed class OverlordRootCommand : RootCommand
{
    public OverlordRootCommand(string workingDirectory)
        : base("Overlord: a fast, distributed, git-driven orchestrator for FreeBSD jails")
    {
        WorkingDirectory = workingDirectory;
    }

    public string WorkingDirectory { get; }
}
