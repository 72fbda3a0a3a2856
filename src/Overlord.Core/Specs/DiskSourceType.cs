namespace Overlord.Core.Specs;

/// <summary>Where a VM's system comes from (<c>diskLayout.from.type</c>).</summary>
public enum DiskSourceType
{
    /// <summary><c>components</c>: FreeBSD distribution sets fetched from <c>downloadURL</c>.</summary>
    Components,

    /// <summary><c>appjailImage</c>: an AppJail image.</summary>
    AppjailImage,

    /// <summary><c>pkgbase</c>: FreeBSD base packages installed with pkg.</summary>
    Pkgbase,

    /// <summary><c>iso</c>: an installer ISO, installed by hand over VNC.</summary>
    Iso,

    /// <summary><c>img</c>: a ready disk image (a cloud image).</summary>
    Img,
}
