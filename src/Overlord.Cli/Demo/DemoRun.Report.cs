using Overlord.Cli.Commands;
using Overlord.Cli.Invocation;
using Overlord.Core;
using Overlord.Core.Environment;
using Overlord.Platform.Processes;

namespace Overlord.Cli.Demo;

internal sealed partial class DemoRun
{
    /// <summary>The spec of the page the hello service serves (its <c>hello.html</c>), as a path in a clone.</summary>
    private const string PageSpec = "process/hello-files.yml";

    /// <summary>The page's heading in examples-repo, which the push recipe replaces.</summary>
    private const string ExampleHeading = "Hello from Overlord";

    /// <summary>get-info of the hello spec, the URLs that answered (each alone on its line), the git note, how to go on.</summary>
    private async Task ShowAsync(DemoTree tree, DemoFolder folder, string examples, string commit, IReadOnlyList<DemoNode> answering, CancellationToken cancellationToken)
    {
        var spec = Path.Combine(examples, ExamplesLocator.HelloSpec);
        var operatorValues = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["OVERLORD_ENTRYPOINT"] = tree.Root.Entrypoint.ToString(),
            ["OVERLORD_TOKEN"] = _rootToken ?? throw new InvalidOperationException("the root's token is made when the root starts"),
        };
        WriteOperatorEnvFile(folder, operatorValues);
        var overlord = OverlordCommand();
        var tryIt = $"{overlord} -e {ShellWord(folder.OperatorEnvFile)} get-info -f {ShellWord(spec)} -t projects";

        await Output.WriteLineAsync();
        await Output.WriteLineAsync($"get-info -t projects ({tryIt}):");
        var variables = VariableSource.FromProcess().WithEnvFile(EnvFile.ReadIfPresent(Path.Combine(examples, ".env"))).WithOverrides(operatorValues);
        var request = new GetInfoRequest(spec, "projects", [], AllLabels: false, [], FilterPerProject: false, Json: false);
        var code = await GetInfoCommand.RunAsync(new CliEnvironment(variables, Output, _environment.Error, examples), request, cancellationToken);
        if (code != ExitCodes.Ok)
        {
            throw new OverlordException($"get-info of {spec} failed ({code})", code);
        }

        await Output.WriteLineAsync();
        await Output.WriteLineAsync($"The hello service answers on {answering.Count} nodes ({string.Join(", ", answering.Select(node => node.Name))}):");
        foreach (var node in answering)
        {
            await Output.WriteLineAsync(node.WebAddress!.ToString());
        }

        await Output.WriteLineAsync();
        await Output.WriteLineAsync($"git note ({NotesRef}) for commit {Short(commit)}:");
        await Output.WriteAsync(_note);
        await Output.WriteLineAsync();
        await Output.WriteLineAsync($"Try: {tryIt}");
        await Output.WriteLineAsync($"     {overlord} -e {ShellWord(folder.OperatorEnvFile)} agent-status");
        await Output.WriteLineAsync($"     git --git-dir={folder.Origin} log --notes=overlord");
        await ShowPushRecipeAsync(folder, answering);
        await Output.WriteLineAsync("Press Ctrl-C to stop.");
    }

    /// <summary>
    /// How to push a change to the page and see it served (issue 9): each line can be pasted as it is, in sh, bash
    /// or zsh, on Linux or FreeBSD, where git has no user configured. The clone goes in the demo's folder, which
    /// goes with the repository it came from.
    /// </summary>
    private async Task ShowPushRecipeAsync(DemoFolder folder, IReadOnlyList<DemoNode> answering)
    {
        var clone = ShellWord(folder.Combine("clone"));
        await Output.WriteLineAsync($"Push a change to the page (the agent polls every {DemoNodeConfig.AgentInterval.TotalSeconds:0} s; both nodes serve it within seconds):");
        await Output.WriteLineAsync($"     git clone {ShellWord(new Uri(folder.Origin).AbsoluteUri)} {clone}");
        await Output.WriteLineAsync($"     cd {clone}");

        // -i.bak is the one in-place form that GNU and BSD sed both read; git commit -a leaves the backup out.
        await Output.WriteLineAsync($"     sed -i.bak 's/{ExampleHeading}/Hello from a push/' {PageSpec}");
        await Output.WriteLineAsync("     git -c user.name=demo -c user.email=demo@localhost commit -qam 'new page'");
        await Output.WriteLineAsync("     git push -q");
        foreach (var node in answering)
        {
            await Output.WriteLineAsync($"     curl {node.WebAddress}");
        }
    }

    /// <summary>
    /// This very executable as a shell command, so that the lines above work when pasted whether or not
    /// <c>overlord</c> is on the PATH (through <c>dotnet run</c> it is not); "overlord" when the runtime cannot tell.
    /// </summary>
    private static string OverlordCommand() =>
        SelfInvocation.Find() is { } self ? string.Join(' ', new[] { self.FileName }.Concat(self.LeadingArguments).Select(ShellWord)) : "overlord";

    /// <summary>A path as one word of a shell command: single-quoted when it holds anything but safe characters.</summary>
    private static string ShellWord(string text) =>
        text.All(character => char.IsAsciiLetterOrDigit(character) || "/._-+,:@%".Contains(character, StringComparison.Ordinal))
            ? text
            : "'" + text.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    /// <summary>The root's entrypoint and an operator token, for the commands above (0600: the token is a secret).</summary>
    private static void WriteOperatorEnvFile(DemoFolder folder, IReadOnlyDictionary<string, string> values)
    {
        File.WriteAllLines(folder.OperatorEnvFile, values.Select(pair => $"{pair.Key}={pair.Value}"));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(folder.OperatorEnvFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }
}
