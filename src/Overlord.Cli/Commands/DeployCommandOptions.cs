using System.CommandLine;

namespace Overlord.Cli.Commands;

/// <summary>The options apply, destroy and cancel share, named as the original named them.</summary>
internal static class DeployCommandOptions
{
    public static Option<string> File() => new("--file", "-f") { Description = "The deployment spec", Required = true, HelpName = "FILE" };

    /// <summary>Accepted for compatibility: only appConfig specs used it, and they are refused.</summary>
    public static Option<string[]> MakoDirectories() => new("--mako-directories")
    {
        Description = "Directories for Mako template lookups (appConfig, which is not supported yet)",
        HelpName = "DIR",
    };

    public static Option<string[]> FilterChain() => new("--filter-chain")
    {
        Description = "Only these chain paths (repeatable); the datacenter's own node is then left out",
        HelpName = "CHAIN",
    };

    public static Option<bool> Wait() => new("--wait") { Description = "Follow every queued job until it ends; exit 1 if any failed" };

    public static Option<double> Timeout() => new("--timeout")
    {
        Description = "With --wait, give up on jobs still going after this many seconds",
        DefaultValueFactory = _ => DeploymentRun.DefaultTimeoutSeconds,
        HelpName = "SECONDS",
    };

    /// <summary>A positive number of seconds, or a usage error.</summary>
    public static TimeSpan Seconds(double value) =>
        value > 0 && double.IsFinite(value)
            ? TimeSpan.FromSeconds(value)
            : throw new Core.OverlordException($"--timeout must be a positive number of seconds, got {value}", Core.ExitCodes.Usage);
}
