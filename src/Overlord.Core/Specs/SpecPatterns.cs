using Overlord.Core.Names;

namespace Overlord.Core.Specs;

/// <summary>
/// The name grammars of the original (reference sections 2.1 and 5), each with the words used in
/// messages. Where the original's pattern backtracks badly (an optional separator inside a star),
/// an equivalent unambiguous grammar is used; the accepted names are the same. Every check is one linear pass
/// (<see cref="NameRules"/>), so no name, however long, takes more than linear time (issue 11.2).
/// </summary>
public static class SpecPatterns
{
    public const string LabelRule = "a label is lower-case letters and digits, starting with a letter, with single '.' or '-' between letters (^[a-z][a-z0-9]*((\\.|-)?[a-z][a-z0-9]*)*$)";
    public const string ChainNameRule = "a chain or datacenter name is letters, digits, '_' and '-', not starting with '-' (^[a-zA-Z0-9_][a-zA-Z0-9_-]*$)";
    public const string ChainPathRule = "use <root> or a chain path: names of letters, digits, '_' and '-' (not starting with '-') joined by '.', as in alpha.charlie";
    public const string ProjectNameRule = "a project name is letters, digits, '.', '_' and '-' (^[a-zA-Z0-9._-]+$)";
    public const string VmNameRule = "a VM name is 2 to 231 letters, digits, '_' and '-', starting and ending with a letter or digit, without '.' (^[a-zA-Z0-9][a-zA-Z0-9_-]{0,229}[a-zA-Z0-9]$)";
    public const string MetadataKeyRule = "a metadata key is letters and digits, starting with a letter, with single '.', '-' or '_' between letters (^[a-zA-Z][a-zA-Z0-9]*(?:(?:\\.|-|_)?[a-zA-Z][a-zA-Z0-9]*)*$)";

    /// <summary>A node label (and deployIn/autoScale label).</summary>
    public static NameRule Label() => NameRules.Label;

    /// <summary>One chain or datacenter name.</summary>
    public static NameRule ChainName() => NameRules.Jail;

    /// <summary>A chainsEnvironment key: <c>&lt;root&gt;</c> or a dotted chain path (fixes 13.10).</summary>
    public static NameRule ChainPathKey() => NameRules.ChainPath;

    public static NameRule ProjectName() => NameRules.Project;

    /// <summary>A vmName: see <see cref="NameRules.Vm"/> (the original's allowed a dot, and was not anchored at the end: 13.11).</summary>
    public static NameRule VmName() => NameRules.Vm;

    /// <summary>A metadata key or namespace name.</summary>
    public static NameRule MetadataKey() => NameRules.MetadataKey;
}
