using System.CommandLine;
using System.Reflection;
using System.Runtime.InteropServices;
using Overlord.Agent.Git;
using Overlord.Platform.Sqlite;

namespace Overlord.Cli.Commands;

/// <summary>
/// <c>overlord version [--verbose]</c>: the same text as <c>--version</c>, for scripts that prefer a subcommand;
/// <c>--verbose</c> adds what a bug report needs (the .NET runtime, the OS, the SQLite library in use).
/// </summary>
internal static class VersionCommand
{
    public static string Text =>
        typeof(VersionCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? "0.0.0";

    public static Command Create()
    {
        var verbose = new Option<bool>("--verbose", "-v") { Description = "Also print the .NET runtime, the OS and the SQLite and libgit2 libraries in use" };
        var command = new Command("version", "Print the version of overlord");
        command.Options.Add(verbose);
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            output.WriteLine(Text);
            if (parse.GetValue(verbose))
            {
                WriteLibraries(output);
            }

            return 0;
        });
        return command;
    }

#if NATIVE_AOT
    private const string Build = ", native";
#else
    private const string Build = "";
#endif

    // A method of its own: the plain version does not load the SQLite and git assemblies it names.
    private static void WriteLibraries(TextWriter output)
    {
        NativeLibraries.Install();
        output.WriteLine($"runtime: {RuntimeInformation.FrameworkDescription} ({RuntimeInformation.RuntimeIdentifier}{Build})");
        output.WriteLine($"os: {RuntimeInformation.OSDescription}");
        var sqliteVersion = SqliteNativeLibrary.Version();
        output.WriteLine($"sqlite: {sqliteVersion} ({SqliteNativeLibrary.Source})");
        output.WriteLine($"libgit2: {LibGit2NativeLibrary.Describe()}");
    }
}
