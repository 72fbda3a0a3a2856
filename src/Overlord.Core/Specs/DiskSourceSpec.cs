namespace Overlord.Core.Specs;

/// <summary><c>diskLayout.from</c>; only the fields of its <see cref="Type"/> are set.</summary>
public sealed record DiskSourceSpec
{
    public const string DefaultDownloadUrl = "https://download.freebsd.org/releases/{ARCH}/{VERSION}";
    public const string DefaultFingerprints = "/usr/share/keys/pkg";

    public required DiskSourceType Type { get; init; }

    /// <summary>components: the distribution sets (<c>base.txz</c>, ...).</summary>
    public IReadOnlyList<string> Components { get; init; } = [];

    /// <summary>components, pkgbase.</summary>
    public string? OsVersion { get; init; }

    /// <summary>components, pkgbase.</summary>
    public string? OsArch { get; init; }

    /// <summary>components; <c>{ARCH}</c> and <c>{VERSION}</c> are replaced.</summary>
    public string? DownloadUrl { get; init; }

    /// <summary>appjailImage: where the image's ajspec is; <c>none</c> = already imported.</summary>
    public string? Entrypoint { get; init; }

    public string? ImageName { get; init; }

    public string? ImageArch { get; init; }

    public string? ImageTag { get; init; }

    /// <summary>pkgbase: the packages to install.</summary>
    public IReadOnlyList<string> Packages { get; init; } = [];

    /// <summary>pkgbase: the pkg.conf directory on the node; null = the node's own default.</summary>
    public string? PkgConf { get; init; }

    /// <summary>pkgbase: the fingerprints directory; <c>none</c> = do not copy.</summary>
    public string? Fingerprints { get; init; }

    /// <summary>iso: the ISO file in the datastore.</summary>
    public string? IsoFile { get; init; }

    /// <summary>iso: true once the guest is installed.</summary>
    public bool? Installed { get; init; }

    /// <summary>img: the disk image.</summary>
    public string? ImgFile { get; init; }
}
