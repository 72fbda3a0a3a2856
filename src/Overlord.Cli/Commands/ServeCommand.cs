using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Overlord.Agent;
using Overlord.Agent.Hosting;
using Overlord.Cli.Invocation;
using Overlord.Cli.Logging;
using Overlord.Core;
using Overlord.Core.Config;
using Overlord.Runtime;
using Overlord.Server.Hosting;
using Overlord.Server.Ui;
using Serilog;
using Serilog.Core;

namespace Overlord.Cli.Commands;

/// <summary>
/// <c>overlord serve [--config FILE] [--log-level LEVEL] [--log-file FILE]</c>: runs this node (API, jobs,
/// chains) until SIGTERM or SIGINT, then stops gracefully: running jobs go back to the queue. A refused
/// config exits 78 before anything binds.
/// </summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var config = ConfigOption();
        var level = new Option<string>("--log-level")
        {
            Description = "Least level logged (information by default, debug when the config says debug: true)",
            HelpName = "LEVEL",
        };
        level.AcceptOnlyFromAmong(SerilogSetup.LevelNames);
        var file = new Option<string?>("--log-file") { Description = "Also write the log to this file (rolled daily)", HelpName = "FILE" };

        var command = new Command("serve", "Run this node: the HTTP API, the job workers and the chains");
        command.Options.Add(config);
        command.Options.Add(level);
        command.Options.Add(file);
        command.SetAction((parse, cancellationToken) =>
        {
            // System.CommandLine reads this once the action has started, and by default gives an action only
            // 2 s after SIGTERM before it ends the process: let the node finish its graceful stop instead.
            parse.InvocationConfiguration.ProcessTerminationTimeout = NodeHost.ShutdownTimeout + TimeSpan.FromSeconds(5);
            return RunAsync(CommandEnvironment.Of(parse), parse.GetValue(config), parse.GetValue(level), parse.GetValue(file), cancellationToken);
        });
        return command;
    }

    /// <summary><c>--config FILE</c>, as print-config has it.</summary>
    public static Option<string?> ConfigOption() => new("--config")
    {
        Description = $"Read this configuration file instead of ${OverlordConfig.PathVariable} or ./{OverlordConfig.DefaultFileName}",
        HelpName = "FILE",
    };

    /// <summary>
    /// The node's config, or null once every reason it was refused is on stderr (exit 78). A named file that
    /// does not exist throws EX_NOINPUT (66).
    /// </summary>
    public static OverlordConfig? LoadConfig(CliEnvironment environment, string? configFile)
    {
        var location = Locate(environment, configFile);
        var result = ConfigLoader.Load(location, environment.Variables);
        if (result.FileMissing)
        {
            throw new OverlordException($"{location.Describe()}: the configuration file does not exist", ExitCodes.NoInput);
        }

        foreach (var warning in result.Diagnostics.Warnings)
        {
            environment.Error.WriteLine($"warning: {warning}");
        }

        if (result.Config is null)
        {
            foreach (var error in result.Diagnostics.Errors)
            {
                environment.Error.WriteLine(error.ToString());
            }

            environment.Error.WriteLine($"overlord: {location.Describe()}: the configuration was refused ({result.Diagnostics.Errors.Count} error(s))");
        }

        return result.Config;
    }

    /// <summary>The file <c>--config</c> names, else <c>$OVERLORD_CONFIG</c>, else <c>./.overlord.yml</c>.</summary>
    public static ConfigLocation Locate(CliEnvironment environment, string? configFile) => configFile is null
        ? ConfigLoader.Locate(environment.Variables, environment.WorkingDirectory)
        : new ConfigLocation(Path.GetFullPath(configFile, environment.WorkingDirectory), ConfigSource.CommandLine);

    /// <summary>Where <c>agent:</c> is configured, the node also runs the GitOps agent and its routes.</summary>
    public static NodeHostOptions WithAgent(NodeHostOptions options, AgentOwnNode ownNode)
    {
        var config = options.Config;
        return config.Agent is not { } agent ? options : options with
        {
            ConfigureServices = services => services.AddOverlordAgent(agent, config.DataDirectory, ownNode.Client)
                .AddSingleton<IAgentStatusSource, AgentStatusPageSource>(),
            MapEndpoints = endpoints => endpoints.MapAgentEndpoints(),
        };
    }

    private static async Task<int> RunAsync(CliEnvironment environment, string? configFile, string? level, string? logFile, CancellationToken cancellationToken)
    {
        NativeLibraries.Install();
        if (LoadConfig(environment, configFile) is not { } config)
        {
            return ExitCodes.Config;
        }

        // --log-level wins; without it, the config's debug key decides, and a reload may change it.
        var logLevel = new LoggingLevelSwitch(SerilogSetup.Level(level ?? (config.Debug ? "debug" : "information")));
        var startup = new StartupLogBuffer();
        var (logger, sinks) = SerilogSetup.Create(logLevel, logFile, startup);
        await using var sinksLifetime = sinks;
        await using var loggerLifetime = logger;
        using var ownNode = new AgentOwnNode();
        var options = new NodeHostOptions
        {
            Config = config,
            HandleSignals = true,
            ConfigureLogging = logging => logging.AddSerilog(logger),
        }.WithTestOnlySwitches(Environment.GetEnvironmentVariable);
        await using var host = await NodeHost.CreateAsync(WithAgent(options, ownNode), cancellationToken);
        ownNode.Attach(host);
        FollowReloads(host, level is null ? logLevel : null);
        try
        {
            await host.StartAsync(cancellationToken);
        }
        catch (IOException exception)
        {
            // One line says it all (issue 10): the host's stack trace of the same exception is not written.
            startup.ReleaseAfterListenFailure();
            throw new OverlordException($"cannot listen on {config.Listen} port {config.Port}: {exception.Message}", ExitCodes.Unavailable);
        }
        finally
        {
            startup.Release();
        }

        var runtime = host.Services.GetRequiredService<IRuntime>().Name;
        await environment.Output.WriteLineAsync(
            $"Listening on {string.Join(", ", host.Addresses)} (runtime: {runtime}, labels: {string.Join(", ", config.Labels)})");
        await environment.Output.FlushAsync(CancellationToken.None);

        using var reloader = new ServeReloader(
            Locate(environment, configFile), environment.Variables, host.Config, host.Services.GetRequiredService<ILoggerFactory>().CreateLogger<ServeReloader>());

        // Ends on SIGTERM/SIGINT (the host's own handlers, or System.CommandLine's token) after a graceful stop.
        await host.WaitForShutdownAsync(cancellationToken);
        return ExitCodes.Ok;
    }

    // What a reload changes outside the node's own services: the log level and the agent's live settings.
    private static void FollowReloads(NodeHost host, LoggingLevelSwitch? logLevel)
    {
        var agent = host.Services.GetService<AgentSettings>();
        host.Config.Changed += config =>
        {
            logLevel?.MinimumLevel = SerilogSetup.Level(config.Debug ? "debug" : "information");
            if (agent is not null && config.Agent is { } settings)
            {
                agent.Update(settings);
            }
        };
    }
}
