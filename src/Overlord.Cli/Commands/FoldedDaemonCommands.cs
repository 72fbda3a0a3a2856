using System.CommandLine;
using Overlord.Core;

namespace Overlord.Cli.Commands;

/// <summary>
/// The original's supervisord programs (poll-*, watch-*): here they are part of <c>overlord serve</c>. Run under
/// their old names, from a supervisor configuration carried over, they say so and exit 64 rather than fail with
/// an unknown-command error, so the operator learns what to change.
/// </summary>
internal static class FoldedDaemonCommands
{
    /// <summary>The original's program names, in the order <c>--help</c> would list them (it hides them).</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        "poll-heartbeat", "poll-autoscale", "poll-jails", "poll-jail-info", "poll-jail-extras", "poll-jail-stats",
        "poll-projects", "poll-project-info", "watch-commands", "watch-projects", "watch-vm",
    ];

    private static readonly string[] Items = ["cpuset", "devfs", "expose", "healthcheck", "limits", "fstab", "label", "nat", "volume"];

    public static IEnumerable<Command> Create() => Names.Select(Create);

    /// <summary>What the command prints: where its work went.</summary>
    public static string Explanation(string name) =>
        $"overlord: {name} is part of 'overlord serve' here: one process per node runs the API, the job queue, " +
        "the pollers, the heartbeat and the autoscaler, with no beanstalkd or memcached. " +
        "Remove it from the supervisor configuration and run 'overlord serve' (rc.d/overlord does).";

    /// <summary>The command of one of <see cref="Names"/>.</summary>
    public static Command Create(string name)
    {
        var command = new Command(name, "Part of 'overlord serve' (kept so that the original's supervisor files explain themselves)") { Hidden = true };
        if (name == "poll-jail-extras")
        {
            var item = new Option<string[]>("--item") { AllowMultipleArgumentsPerToken = false };
            item.AcceptOnlyFromAmong(Items);
            command.Options.Add(item);
        }

        command.SetAction(parse =>
        {
            parse.InvocationConfiguration.Error.WriteLine(Explanation(name));
            return ExitCodes.Usage;
        });
        return command;
    }
}
