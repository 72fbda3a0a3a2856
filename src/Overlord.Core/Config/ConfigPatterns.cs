using Overlord.Core.Names;

namespace Overlord.Core.Config;

/// <summary>The name rules of <c>overlord.yml</c>, with the words that explain them.</summary>
internal static class ConfigPatterns
{
    public const string ChainNameRule = "a chain name starts with a letter, a digit or '_' and holds only letters, digits, '_' and '-'";

    public const string LabelRule = "a label is parts of lowercase letters and digits, each starting with a letter, joined by '.' or '-' (web2, db-eu, zone.eu)";

    public static NameRule ChainName() => NameRules.Jail;

    // The original's ^[a-z][a-z0-9]*((\.|-)?[a-z][a-z0-9]*)*$, whose nested repetition is exponential on a near miss;
    // NameRules.Label accepts the same labels in one pass.
    public static NameRule Label() => NameRules.Label;
}
