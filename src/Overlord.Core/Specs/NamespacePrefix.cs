namespace Overlord.Core.Specs;

/// <summary>A namespace entry's <c>prefix</c> setting.</summary>
public sealed record NamespacePrefix(NamespacePrefixMode Mode, string? Custom = null)
{
    public static NamespacePrefix Inherit { get; } = new(NamespacePrefixMode.Inherit);

    public static NamespacePrefix Global { get; } = new(NamespacePrefixMode.Global);

    public static NamespacePrefix None { get; } = new(NamespacePrefixMode.None);
}
