using System.CommandLine;
using Overlord.Cli.Invocation;
using Overlord.Client.Deployment;
using Overlord.Core.Templates;

namespace Overlord.Cli.Commands;

/// <summary>The options apply, destroy and cancel share, named as the original named them.</summary>
internal static class DeployCommandOptions
{
    public static Option<string> File() => new("--file", "-f") { Description = "The deployment spec", Required = true, HelpName = "FILE" };

    /// <summary>Where the includes of appConfig templates are found (repeatable; <c>.</c> by default, as the original).</summary>
    public static Option<string[]> MakoDirectories() => new("--mako-directories")
    {
        Description = "A directory where appConfig templates find <%include/> files (repeatable; default .)",
        HelpName = "DIR",
    };

    /// <summary>How appConfig specs of <paramref name="file"/> are rendered: includes from <paramref name="directories"/> (default <c>.</c>).</summary>
    public static AppConfigOptions AppConfig(CliEnvironment environment, string file, IReadOnlyList<string>? directories) => new()
    {
        Lookup = TemplateLookup.FromDirectories(directories is { Count: > 0 } ? directories : ["."], environment.WorkingDirectory),
        Variables = environment.Variables,
        SpecFile = file,
        WorkingDirectory = environment.WorkingDirectory,
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
