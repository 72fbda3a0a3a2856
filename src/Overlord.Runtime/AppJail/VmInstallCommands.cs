using Overlord.Core.Specs;

namespace Overlord.Runtime.AppJail;

/// <summary>
/// The command lines of the VM installers, with the original's arguments (reference section 11, step 10): the
/// <c>vm-install-from-*.sh</c> scripts for components, appjailImage and pkgbase, and <c>vm-start.sh</c>; all run
/// with <see cref="AppJailRuntimeOptions.Shell"/> from <see cref="AppJailRuntimeOptions.ShareDirectory"/>/libexec.
/// They run directly, not through the original's <c>safe-exc.sh</c>: the tool runner already kills the whole process
/// tree when the job's time runs out or the job is cancelled, and the scripts detach the disk on their own exit.
/// </summary>
internal sealed class VmInstallCommands(AppJailRuntimeOptions options)
{
    public string LibexecDirectory => Path.Combine(options.ShareDirectory, "libexec");

    /// <summary>pkgbase's repository configuration when the spec names none.</summary>
    public string DefaultPkgConf => Path.Combine(options.ShareDirectory, "files", "pkgbase");

    public IReadOnlyList<string> Start(string vm) => Script("vm-start.sh", ["-j", vm]);

    public IReadOnlyList<string> Install(string vm, DiskSourceSpec from) => from.Type switch
    {
        DiskSourceType.Components => Script(
            "vm-install-from-components.sh",
            ["-c", Path.Combine(ComponentsDirectory, from.OsArch!, from.OsVersion!), "-j", vm, "-u", DownloadUrl(from), "--", .. from.Components]),
        DiskSourceType.AppjailImage => Script(
            "vm-install-from-appjail-image.sh",
            ["-a", from.ImageArch!, "-i", options.ImagesDirectory, "-I", from.ImageName!, "-e", from.Entrypoint!, "-j", vm, "-t", from.ImageTag!]),
        DiskSourceType.Pkgbase => Script(
            "vm-install-from-pkgbase.sh",
            ["-a", from.OsArch!, "-c", from.PkgConf ?? DefaultPkgConf, "-f", from.Fingerprints ?? DiskSourceSpec.DefaultFingerprints, "-j", vm, "-v", from.OsVersion!, "--", .. from.Packages]),
        _ => throw new ArgumentOutOfRangeException(nameof(from), from.Type, "only components, appjailImage and pkgbase are installed by a script"),
    };

    private string ComponentsDirectory => options.ComponentsDirectory ?? Path.Combine(options.DataDirectory, "components");

    private static string DownloadUrl(DiskSourceSpec from) =>
        (from.DownloadUrl ?? DiskSourceSpec.DefaultDownloadUrl)
            .Replace("{ARCH}", from.OsArch, StringComparison.Ordinal)
            .Replace("{VERSION}", from.OsVersion, StringComparison.Ordinal);

    private IReadOnlyList<string> Script(string name, IReadOnlyList<string> arguments) =>
        [Path.Combine(LibexecDirectory, name), .. arguments];
}
