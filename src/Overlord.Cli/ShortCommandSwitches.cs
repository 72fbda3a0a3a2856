namespace Overlord.Cli;

/// <summary>
/// Runtime features a short command pays for on its start and never uses, switched off before anything reads them
/// (each is read once, on first use). A process that may serve (<c>serve</c>, <c>httpd</c>, <c>demo</c>) keeps them:
/// a node lives long enough for emitted code to pay off, and exports its meters.
/// </summary>
internal static class ShortCommandSwitches
{
    private static readonly string[] ServingCommands = ["serve", "httpd", "demo"];

    /// <summary>Call first thing in Main, with the command line.</summary>
    public static void Apply(IReadOnlyList<string> args)
    {
        if (IsServing(args))
        {
            return;
        }

        // No code emitted at run time: YamlDotNet's RegexOptions.Compiled patterns are interpreted (building one
        // compiled costs more than a spec file's matching ever does), with the same matches.
        AppContext.SetSwitch("System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeSupported", false);

        // HttpClient neither propagates trace context (a command has no activity to propagate) nor records its
        // meters (nothing in a command reads them): their handlers and DiagnosticSource stay unloaded.
        AppContext.SetSwitch("System.Net.Http.EnableActivityPropagation", false);
        AppContext.SetSwitch("System.Diagnostics.Metrics.Meter.IsSupported", false);
    }

    /// <summary>
    /// Whether the command named is one that serves: its name is the first word that is neither an option nor the value of
    /// <c>--env-file</c> (the one option taken before a command), so that <c>get-info -p serve</c> stays a short command.
    /// </summary>
    public static bool IsServing(IReadOnlyList<string> args)
    {
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg is "--env-file" or "-e")
            {
                i++;
            }
            else if (!arg.StartsWith('-'))
            {
                return ServingCommands.Contains(arg, StringComparer.Ordinal);
            }
        }

        return false;
    }
}
