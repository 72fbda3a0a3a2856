namespace Overlord.FakeTools;

/// <summary>Chooses which fake tool runs: by a first argument, else by the executable's own name.</summary>
internal static class ToolSelection
{
    public const string Director = "appjail-director";
    public const string AppJail = "appjail";
    public const string Vm = "vm";
    public const string Rctl = "rctl";

    /// <summary>The FreeBSD tools the VM installers and the cloud-init seed use.</summary>
    public static readonly string[] InstallTools = ["makefs", "mdconfig", "gpart", "newfs", "mount", "umount", "fetch", "sha256", "lockf", "pkg", "uuidgen"];

    private static readonly string[] Tools = [Director, AppJail, Vm, Rctl, .. InstallTools];

    public static (string? Tool, string[] Arguments) Select(string[] args, string? processPath)
    {
        if (args.Length > 0 && Tools.Contains(args[0], StringComparer.Ordinal))
        {
            return (args[0], args[1..]);
        }

        var ownName = Path.GetFileNameWithoutExtension(processPath ?? "");
        return Tools.Contains(ownName, StringComparer.Ordinal) ? (ownName, args) : (null, args);
    }
}
