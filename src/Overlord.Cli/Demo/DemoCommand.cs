using System.CommandLine;
using System.Runtime.InteropServices;
using Overlord.Cli.Commands;
using Overlord.Cli.Invocation;

namespace Overlord.Cli.Demo;

/// <summary>
/// <c>overlord demo [--examples DIR] [--data-dir DIR] [--keep] [--port BASE]</c>: the whole system on this machine
/// (issue 5): a tree of nodes on 127.0.0.1, a local git repository seeded from examples-repo, the GitOps agent
/// deploying the example web service; runs until Ctrl-C, which stops every node and service.
/// </summary>
internal static class DemoCommand
{
    // Nodes get 4 s to stop gracefully before they are killed; System.CommandLine would end the process after 2 s.
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(10);

    public static Command Create()
    {
        var examples = new Option<string?>("--examples") { Description = "The example repository to push (default: examples-repo here, above here or above the executable)", HelpName = "DIR" };
        var dataDir = new Option<string?>("--data-dir") { Description = "A new or empty folder for the demo's files, kept on exit (default: a temp folder, removed on exit)", HelpName = "DIR" };
        var keep = new Option<bool>("--keep") { Description = "Keep the temp folder on exit" };
        var port = new Option<int?>("--port") { Description = "Use ports BASE to BASE+4 on 127.0.0.1 (default: free ports)", HelpName = "BASE" };
        var command = new Command("demo", "Run a tree of nodes, a git repository and the agent on this machine, and deploy the example") { examples, dataDir, keep, port };
        command.SetAction(async (parse, cancellationToken) =>
        {
            parse.InvocationConfiguration.ProcessTerminationTimeout = StopTimeout;
            NativeLibraries.Install();
            var options = new DemoOptions
            {
                Examples = parse.GetValue(examples),
                DataDirectory = parse.GetValue(dataDir),
                Keep = parse.GetValue(keep),
                BasePort = parse.GetValue(port),
            };

            // A closed terminal or a lost SSH session (SIGHUP) stops the demo as Ctrl-C does; SIGINT and SIGTERM
            // cancel the action's token already.
            using var hangup = new CancellationTokenSource();
            using var registration = OperatingSystem.IsWindows() ? null : PosixSignalRegistration.Create(PosixSignal.SIGHUP, context =>
            {
                context.Cancel = true;
                hangup.Cancel();
            });
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, hangup.Token);
            return await new DemoRun(options, CommandEnvironment.Of(parse)).RunAsync(stop.Token);
        });
        return command;
    }
}
