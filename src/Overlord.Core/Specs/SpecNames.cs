namespace Overlord.Core.Specs;

/// <summary>The words the spec files use for the enumerations, both ways.</summary>
public static class SpecNames
{
    // Each table as two plain arrays, read with loops: tables of (enum, string) tuples read through LINQ made the
    // JIT compile some thirty generic methods over those tuples on the start of every command that reads a spec,
    // code a framework-dependent ReadyToRun build does not hold precompiled (issue 14.4).
    private static readonly SpecKind[] Kinds = [SpecKind.DirectorProject, SpecKind.Metadata, SpecKind.VmJail, SpecKind.ReadOnly, SpecKind.AppConfig];

    private static readonly string[] KindWords = ["directorProject", "metadata", "vmJail", "readOnly", "appConfig"];

    private static readonly AutoScaleType[] ScaleTypes =
        [AutoScaleType.AnyJail, AutoScaleType.AnyProject, AutoScaleType.Average, AutoScaleType.PercentJail, AutoScaleType.PercentProject];

    private static readonly string[] ScaleTypeWords = ["any-jail", "any-project", "average", "percent-jail", "percent-project"];

    private static readonly DiskSourceType[] SourceTypes =
        [DiskSourceType.Components, DiskSourceType.AppjailImage, DiskSourceType.Pkgbase, DiskSourceType.Iso, DiskSourceType.Img];

    private static readonly string[] SourceTypeWords = ["components", "appjailImage", "pkgbase", "iso", "img"];

    /// <summary>Every kind, as written in files, in the order the documentation lists them.</summary>
    public static IReadOnlyList<string> KindTexts => KindWords;

    public static IReadOnlyList<string> AutoScaleTypeTexts => ScaleTypeWords;

    public static IReadOnlyList<string> DiskSourceTypeTexts => SourceTypeWords;

    public static string ToText(SpecKind kind)
    {
        for (var i = 0; i < Kinds.Length; i++)
        {
            if (Kinds[i] == kind)
            {
                return KindWords[i];
            }
        }

        throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown spec kind");
    }

    public static string ToText(AutoScaleType type)
    {
        for (var i = 0; i < ScaleTypes.Length; i++)
        {
            if (ScaleTypes[i] == type)
            {
                return ScaleTypeWords[i];
            }
        }

        throw new ArgumentOutOfRangeException(nameof(type), type, "unknown autoscale type");
    }

    public static string ToText(DiskSourceType type)
    {
        for (var i = 0; i < SourceTypes.Length; i++)
        {
            if (SourceTypes[i] == type)
            {
                return SourceTypeWords[i];
            }
        }

        throw new ArgumentOutOfRangeException(nameof(type), type, "unknown disk source type");
    }

    public static SpecKind? ParseKind(string text) => IndexOf(KindWords, text) is var i and >= 0 ? Kinds[i] : null;

    /// <summary>What a spec deploys by name: the project, the VM or the app; null for metadata and readOnly specs.</summary>
    public static string? DeployedName(Spec spec) => spec switch
    {
        DirectorProjectSpec project => project.ProjectName,
        VmJailSpec vm => vm.VmName,
        AppConfigSpec app => app.AppName,
        _ => null,
    };

    public static AutoScaleType? ParseAutoScaleType(string text) => IndexOf(ScaleTypeWords, text) is var i and >= 0 ? ScaleTypes[i] : null;

    public static DiskSourceType? ParseDiskSourceType(string text) => IndexOf(SourceTypeWords, text) is var i and >= 0 ? SourceTypes[i] : null;

    private static int IndexOf(string[] words, string text)
    {
        for (var i = 0; i < words.Length; i++)
        {
            if (string.Equals(words[i], text, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
