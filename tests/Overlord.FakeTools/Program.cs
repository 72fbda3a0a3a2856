using Overlord.FakeTools;

// Fake FreeBSD tools (appjail-director, appjail, vm, rctl) for tests. The tool is chosen by the name this
// program runs as (a renamed copy of the apphost) or by a first argument, as in
// `dotnet Overlord.FakeTools.dll appjail-director up -j -f file -p name`.
var (tool, toolArguments) = ToolSelection.Select(args, Environment.ProcessPath);
if (tool is null)
{
    Console.Error.WriteLine("usage: Overlord.FakeTools appjail-director|appjail|vm|rctl [ARGS...]");
    return 64;
}

if (FakeSettings.FromEnvironment() is not { } settings)
{
    Console.Error.WriteLine("overlord fake tools: OVERLORD_FAKE_STATE must name the state folder");
    return 64;
}

CallLog.Append(settings, tool, toolArguments);
return tool switch
{
    ToolSelection.Director => new DirectorFake(settings).Run(toolArguments),
    ToolSelection.AppJail => new AppJailFake(settings).Run(toolArguments),
    ToolSelection.Rctl => new RctlFake(settings).Run(toolArguments),
    _ => new VmFake(settings).Run(toolArguments),
};
