using Overlord.FakeTools;

// Fake FreeBSD tools (appjail-director, appjail, vm, rctl, and the VM installers' disk and download tools) for tests. The tool is chosen by the name this
// program runs as (a renamed copy of the apphost) or by a first argument, as in
// `dotnet Overlord.FakeTools.dll appjail-director up -j -f file -p name`.
var (tool, toolArguments) = ToolSelection.Select(args, Environment.ProcessPath);
if (tool is null)
{
    Console.Error.WriteLine("usage: Overlord.FakeTools appjail-director|appjail|vm|rctl|makefs|mdconfig|gpart|newfs|mount|umount|fetch|sha256|lockf|pkg|uuidgen [ARGS...]");
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
    ToolSelection.Vm => new VmFake(settings).Run(toolArguments),
    "mdconfig" => new DiskToolsFake(settings).Mdconfig(toolArguments),
    "gpart" => DiskToolsFake.Gpart(toolArguments),
    "newfs" => DiskToolsFake.Newfs(toolArguments),
    "fetch" => DownloadToolsFake.Fetch(toolArguments),
    "sha256" => DownloadToolsFake.Sha256(toolArguments),
    "lockf" => DownloadToolsFake.Lockf(toolArguments),
    "uuidgen" => DownloadToolsFake.Uuidgen(),
    "makefs" => DownloadToolsFake.Makefs(toolArguments),
    "pkg" => PkgFake.Run(toolArguments),
    _ => 0, // mount and umount: the "mounted" disk is the jail's mnt folder itself.
};
