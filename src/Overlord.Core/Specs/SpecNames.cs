namespace Overlord.Core.Specs;

/// <summary>The words the spec files use for the enumerations, both ways.</summary>
public static class SpecNames
{
    // Each table as two plain arrays, the values as ints, read with one loop: tables of (enum, string) tuples read
    // through LINQ made the JIT compile some thirty generic methods over those tuples on the start of every command
    // that reads a spec, code a framework-dependent ReadyToRun build does not hold precompiled (issue 14.4).
    private static readonly int[] Kinds =
        [(int)SpecKind.DirectorProject, (int)SpecKind.Metadata, (int)SpecKind.VmJail, (int)SpecKind.ReadOnly, (int)SpecKind.AppConfig];

    private static readonly string[] KindWords = ["directorProject", "metadata", "vmJail", "readOnly", "appConfig"];

    private static readonly int[] ScaleTypes =
    [
        (int)AutoScaleType.AnyJail, (int)AutoScaleType.AnyProject, (int)AutoScaleType.Average, (int)AutoScaleType.PercentJail,
        (int)AutoScaleType.PercentProject,
    ];

    private static readonly string[] ScaleTypeWords = ["any-jail", "any-project", "average", "percent-jail", "percent-project"];

    private static readonly int[] SourceTypes =
    [
        (int)DiskSourceType.Components, (int)DiskSourceType.AppjailImage, (int)DiskSourceType.Pkgbase, (int)DiskSourceType.Iso,
        (int)DiskSourceType.Img,
    ];

    private static readonly string[] SourceTypeWords = ["components", "appjailImage", "pkgbase", "iso", "img"];

    /// <summary>Every kind, as written in files, in the order the documentation lists them.</summary>
    public static IReadOnlyList<string> KindTexts => KindWords;

    public static IReadOnlyList<string> AutoScaleTypeTexts => ScaleTypeWords;

    public static IReadOnlyList<string> DiskSourceTypeTexts => SourceTypeWords;

    public static string ToText(SpecKind kind) =>
        Array.IndexOf(Kinds, (int)kind) is var i and >= 0 ? KindWords[i] : throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown spec kind");

    public static string ToText(AutoScaleType type) =>
        Array.IndexOf(ScaleTypes, (int)type) is var i and >= 0 ? ScaleTypeWords[i] : throw new ArgumentOutOfRangeException(nameof(type), type, "unknown autoscale type");

    public static string ToText(DiskSourceType type) =>
        Array.IndexOf(SourceTypes, (int)type) is var i and >= 0 ? SourceTypeWords[i] : throw new ArgumentOutOfRangeException(nameof(type), type, "unknown disk source type");

    public static SpecKind? ParseKind(string text) => Array.IndexOf(KindWords, text) is var i and >= 0 ? (SpecKind)Kinds[i] : null;

    /// <summary>What a spec deploys by name: the project, the VM or the app; null for metadata and readOnly specs.</summary>
    public static string? DeployedName(Spec spec) => spec switch
    {
        DirectorProjectSpec project => project.ProjectName,
        VmJailSpec vm => vm.VmName,
        AppConfigSpec app => app.AppName,
        _ => null,
    };

    public static AutoScaleType? ParseAutoScaleType(string text) => Array.IndexOf(ScaleTypeWords, text) is var i and >= 0 ? (AutoScaleType)ScaleTypes[i] : null;

    public static DiskSourceType? ParseDiskSourceType(string text) => Array.IndexOf(SourceTypeWords, text) is var i and >= 0 ? (DiskSourceType)SourceTypes[i] : null;
}
