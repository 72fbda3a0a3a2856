using System.Text.RegularExpressions;

namespace Overlord.Core.Specs;

/// <summary>
/// The name grammars of the original (reference sections 2.1 and 5), each with the words used in
/// messages. Where the original's pattern backtracks badly (an optional separator inside a star),
/// an equivalent unambiguous pattern is used; the accepted names are the same. Every pattern is also
/// non-backtracking, so no name, however long, takes more than linear time (issue 11.2).
/// </summary>
public static partial class SpecPatterns
{
    public const string LabelRule = "a label is lower-case letters and digits, starting with a letter, with single '.' or '-' between letters (^[a-z][a-z0-9]*((\\.|-)?[a-z][a-z0-9]*)*$)";
    public const string ChainNameRule = "a chain or datacenter name is letters, digits, '_' and '-', not starting with '-' (^[a-zA-Z0-9_][a-zA-Z0-9_-]*$)";
    public const string ChainPathRule = "use <root> or a chain path: names of letters, digits, '_' and '-' (not starting with '-') joined by '.', as in alpha.charlie";
    public const string ProjectNameRule = "a project name is letters, digits, '.', '_' and '-' (^[a-zA-Z0-9._-]+$)";
    public const string VmNameRule = "a VM name is 2 to 231 letters, digits, '_' and '-', starting and ending with a letter or digit, without '.' (^[a-zA-Z0-9][a-zA-Z0-9_-]{0,229}[a-zA-Z0-9]$)";
    public const string MetadataKeyRule = "a metadata key is letters and digits, starting with a letter, with single '.', '-' or '_' between letters (^[a-zA-Z][a-zA-Z0-9]*(?:(?:\\.|-|_)?[a-zA-Z][a-zA-Z0-9]*)*$)";

    /// <summary>A node label (and deployIn/autoScale label).</summary>
    [GeneratedRegex("^[a-z](?:[a-z0-9]|[.-][a-z])*$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    public static partial Regex Label();

    /// <summary>One chain or datacenter name.</summary>
    [GeneratedRegex("^[a-zA-Z0-9_][a-zA-Z0-9_-]*$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    public static partial Regex ChainName();

    /// <summary>A chainsEnvironment key: <c>&lt;root&gt;</c> or a dotted chain path (fixes 13.10).</summary>
    [GeneratedRegex(@"^(?:<root>|[a-zA-Z0-9_][a-zA-Z0-9_-]*(?:\.[a-zA-Z0-9_][a-zA-Z0-9_-]*)*)$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    public static partial Regex ChainPathKey();

    [GeneratedRegex("^[a-zA-Z0-9._-]+$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    public static partial Regex ProjectName();

    /// <summary>
    /// The names both tools accept: vm-bhyve's <c>util::check_name</c> (lib/vm-util:
    /// <c>^[a-z0-9][.a-z0-9_-]{0,229}[a-z0-9]$</c>, case-insensitive) and AppJail's jail names
    /// (share/appjail/lib/check_func <c>_lib_check_humanname</c> and Director's parser.py
    /// <c>__check_service</c>: <c>^[a-zA-Z0-9_][a-zA-Z0-9_-]*$</c>), because the VM's jail carries its name.
    /// The original allowed a dot, which Director refuses late with exit 70. Anchored at both ends
    /// (the original's was not at the end: 13.11).
    /// </summary>
    [GeneratedRegex("^[a-zA-Z0-9][a-zA-Z0-9_-]{0,229}[a-zA-Z0-9]$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    public static partial Regex VmName();

    /// <summary>A metadata key or namespace name.</summary>
    [GeneratedRegex("^[a-zA-Z](?:[a-zA-Z0-9]|[._-][a-zA-Z])*$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    public static partial Regex MetadataKey();
}
