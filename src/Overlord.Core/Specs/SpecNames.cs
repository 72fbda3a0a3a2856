namespace Overlord.Core.Specs;

/// <summary>The words the spec files use for the enumerations, both ways.</summary>
public static class SpecNames
{
    private static readonly (SpecKind Value, string Text)[] Kinds =
    [
        (SpecKind.DirectorProject, "directorProject"),
        (SpecKind.Metadata, "metadata"),
        (SpecKind.VmJail, "vmJail"),
        (SpecKind.ReadOnly, "readOnly"),
        (SpecKind.AppConfig, "appConfig"),
    ];

    private static readonly (AutoScaleType Value, string Text)[] ScaleTypes =
    [
        (AutoScaleType.AnyJail, "any-jail"),
        (AutoScaleType.AnyProject, "any-project"),
        (AutoScaleType.Average, "average"),
        (AutoScaleType.PercentJail, "percent-jail"),
        (AutoScaleType.PercentProject, "percent-project"),
    ];

    private static readonly (DiskSourceType Value, string Text)[] SourceTypes =
    [
        (DiskSourceType.Components, "components"),
        (DiskSourceType.AppjailImage, "appjailImage"),
        (DiskSourceType.Pkgbase, "pkgbase"),
        (DiskSourceType.Iso, "iso"),
        (DiskSourceType.Img, "img"),
    ];

    /// <summary>Every kind, as written in files, in the order the documentation lists them.</summary>
    public static IReadOnlyList<string> KindTexts { get; } = Kinds.Select(k => k.Text).ToArray();

    public static IReadOnlyList<string> AutoScaleTypeTexts { get; } = ScaleTypes.Select(k => k.Text).ToArray();

    public static IReadOnlyList<string> DiskSourceTypeTexts { get; } = SourceTypes.Select(k => k.Text).ToArray();

    public static string ToText(SpecKind kind) => Kinds.First(k => k.Value == kind).Text;

    public static string ToText(AutoScaleType type) => ScaleTypes.First(k => k.Value == type).Text;

    public static string ToText(DiskSourceType type) => SourceTypes.First(k => k.Value == type).Text;

    public static SpecKind? ParseKind(string text) => Find(Kinds, text);

    /// <summary>What a spec deploys by name: the project, the VM or the app; null for metadata and readOnly specs.</summary>
    public static string? DeployedName(Spec spec) => spec switch
    {
        DirectorProjectSpec project => project.ProjectName,
        VmJailSpec vm => vm.VmName,
        AppConfigSpec app => app.AppName,
        _ => null,
    };

    public static AutoScaleType? ParseAutoScaleType(string text) => Find(ScaleTypes, text);

    public static DiskSourceType? ParseDiskSourceType(string text) => Find(SourceTypes, text);

    private static T? Find<T>((T Value, string Text)[] table, string text)
        where T : struct
    {
        foreach (var (value, name) in table)
        {
            if (string.Equals(name, text, StringComparison.Ordinal))
            {
                return value;
            }
        }

        return null;
    }
}
