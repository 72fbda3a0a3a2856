namespace Overlord.Core.Names;

/// <summary>
/// Every name grammar of the tree (the original's, behaviour reference sections 2.1 and 5), each in one place.
/// All are anchored at both ends: a name with a trailing newline is refused (a regular expression's <c>$</c>
/// let one through). Where the original's pattern backtracks badly (an optional separator inside a star), the
/// grammar here accepts the same names without it.
/// </summary>
public static class NameRules
{
    /// <summary>A node label, and a deployIn or autoScale label (the original's <c>^[a-z][a-z0-9]*((\.|-)?[a-z][a-z0-9]*)*$</c>).</summary>
    public static NameRule Label { get; } = new(
        "^[a-z](?:[a-z0-9]|[.-][a-z])*$",
        static value => NameGrammar.Separated(value, NameGrammar.IsLower, NameGrammar.IsLowerOrDigit, ".-"));

    /// <summary>A jail name, a chain or datacenter name, one segment of a chain path, a Director service name.</summary>
    public static NameRule Jail { get; } = new(
        "^[a-zA-Z0-9_][a-zA-Z0-9_-]*$",
        static value => NameGrammar.FirstThenRest(value, NameGrammar.IsAlnumOrUnderscore, NameGrammar.IsAlnumUnderscoreOrDash));

    /// <summary>A chainsEnvironment key: <c>&lt;root&gt;</c> or chain names joined by dots.</summary>
    public static NameRule ChainPath { get; } = new(
        @"^(?:<root>|[a-zA-Z0-9_][a-zA-Z0-9_-]*(?:\.[a-zA-Z0-9_][a-zA-Z0-9_-]*)*)$",
        static value => value == "<root>" || value.Split('.').All(Jail.IsMatch));

    /// <summary>A Director project name (the URL routes refuse <c>.</c> and <c>..</c> besides).</summary>
    public static NameRule Project { get; } = new(
        "^[a-zA-Z0-9._-]+$",
        static value => NameGrammar.FirstThenRest(value, IsProjectCharacter, IsProjectCharacter));

    /// <summary>
    /// A VM name in a spec: what both vm-bhyve's <c>util::check_name</c> (lib/vm-util:
    /// <c>^[a-z0-9][.a-z0-9_-]{0,229}[a-z0-9]$</c>, case-insensitive) and AppJail's jail names (Director's
    /// parser.py <c>__check_service</c>: <c>^[a-zA-Z0-9_][a-zA-Z0-9_-]*$</c>) accept, since the VM's jail carries
    /// its name. The original allowed a dot, which Director refuses late with exit 70.
    /// </summary>
    public static NameRule Vm { get; } = new(
        "^[a-zA-Z0-9][a-zA-Z0-9_-]{0,229}[a-zA-Z0-9]$",
        static value => NameGrammar.Framed(value, NameGrammar.IsAlnum, NameGrammar.IsAlnumUnderscoreOrDash, 231));

    /// <summary>A VM name in a request: vm-bhyve's own rule, dot included, since the original's routes take it.</summary>
    public static NameRule VmRoute { get; } = new(
        "^[a-zA-Z0-9][.a-zA-Z0-9_-]{0,229}[a-zA-Z0-9]$",
        static value => NameGrammar.Framed(value, NameGrammar.IsAlnum, static c => NameGrammar.IsAlnumUnderscoreOrDash(c) || c == '.', 231));

    /// <summary>
    /// A metadata key or namespace name (the original's <c>^[a-zA-Z][a-zA-Z0-9]*(?:(?:\.|-|_)?[a-zA-Z][a-zA-Z0-9]*)*$</c>,
    /// which took 5.6 s on a 26-character near miss, issue 11.2).
    /// </summary>
    public static NameRule MetadataKey { get; } = new(
        "^[a-zA-Z](?:[a-zA-Z0-9]|[._-][a-zA-Z])*$",
        static value => NameGrammar.Separated(value, char.IsAsciiLetter, NameGrammar.IsAlnum, "._-"));

    /// <summary>A shell variable name, as Makejail's ARG and <c>${NAME}</c> take.</summary>
    public static NameRule Identifier { get; } = new(
        "^[A-Za-z_][A-Za-z0-9_]*$",
        static value => NameGrammar.FirstThenRest(value, static c => char.IsAsciiLetter(c) || c == '_', NameGrammar.IsAlnumOrUnderscore));

    private static bool IsProjectCharacter(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-';
}
