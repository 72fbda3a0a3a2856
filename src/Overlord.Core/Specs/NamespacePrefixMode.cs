namespace Overlord.Core.Specs;

/// <summary>What a namespace entry's <c>prefix</c> says.</summary>
public enum NamespacePrefixMode
{
    /// <summary>No <c>prefix</c> key: use <c>metadataPrefix</c>.</summary>
    Inherit,

    /// <summary><c>prefix: true</c>: use <c>metadataPrefix</c>.</summary>
    Global,

    /// <summary><c>prefix: some.text</c>: use that instead.</summary>
    Custom,

    /// <summary><c>prefix: false</c> or <c>null</c>: no prefix.</summary>
    None,
}
