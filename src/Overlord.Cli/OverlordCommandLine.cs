using System.CommandLine;

namespace Overlord.Cli;

/// <summary>Builds the root command and runs it; the single edge where exceptions become exit codes.</summary>
internal static class OverlordCommandLine
{
    public static async Task<int> RunAsync(string[] args)
    {
        var root = new RootCommand("Overlord: a distributed, git-driven orchestrator for FreeBSD jails.");
        return await root.Parse(args).InvokeAsync();
    }
}
