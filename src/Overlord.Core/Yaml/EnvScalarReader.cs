using Overlord.Core.Diagnostics;

namespace Overlord.Core.Yaml;

/// <summary>
/// Builds an <c>!ENV</c> scalar as pyaml_env's constructor does: its <c>${...}</c> references are substituted
/// whatever the scalar's style, and a type tag written in the text (<c>!ENV 'tag:yaml.org,2002:int ${CPU:3}'</c>,
/// since YAML allows one tag per node) is removed and types the result. As in pyaml_env, the type applies only
/// when the text holds a reference; without one the text (minus the tag) is a string.
/// </summary>
internal static class EnvScalarReader
{
    private const string TypeTagPrefix = "tag:yaml.org,2002:";

    public static YamlScalarNode Read(Mark mark, string value, ScalarStyle style, Func<string, string?> lookup, DiagnosticBag bag)
    {
        var (text, type) = SplitTypeTag(value, mark, bag);
        if (!EnvSubstitution.HasReference(text))
        {
            return new YamlScalarNode(mark, YamlLoader.EnvTag, text, style, ScalarKind.String, fromEnvironment: false);
        }

        // Unlike pyaml_env, every reference of a typed value is substituted: it returns after the first one.
        var expanded = EnvSubstitution.Expand(text, lookup, name => bag.Warning(
            mark, "", $"the variable '{name}' is not set; it becomes an empty string"));
        var (kind, typed) = type is null ? (ScalarKind.String, expanded) : Convert(type, expanded, mark, bag);
        return new YamlScalarNode(mark, YamlLoader.EnvTag, typed, style, kind, fromEnvironment: true);
    }

    /// <summary>
    /// pyaml_env's <c>(tag:yaml.org,2002:\w+\s)</c>, found anywhere in the text and removed; more than one is an
    /// error (pyaml_env would look up a type named after all of them).
    /// </summary>
    private static (string Text, string? Type) SplitTypeTag(string value, Mark mark, DiagnosticBag bag)
    {
        string? type = null;
        var found = 0;
        var text = value;
        for (var index = value.IndexOf(TypeTagPrefix, StringComparison.Ordinal); index >= 0;)
        {
            var nameStart = index + TypeTagPrefix.Length;
            var nameEnd = nameStart;
            while (nameEnd < value.Length && (char.IsLetterOrDigit(value[nameEnd]) || value[nameEnd] == '_'))
            {
                nameEnd++;
            }

            if (nameEnd > nameStart && nameEnd < value.Length && char.IsWhiteSpace(value[nameEnd]))
            {
                found++;
                type = value[nameStart..nameEnd];
                text = string.Concat(value.AsSpan(0, index), value.AsSpan(nameEnd + 1));
            }

            index = value.IndexOf(TypeTagPrefix, Math.Max(nameEnd, index + 1), StringComparison.Ordinal);
        }

        if (found > 1)
        {
            bag.Error(mark, "", $"the !ENV value '{YamlScalarNode.Shorten(value)}' names more than one type tag; give at most one");
        }

        return (text, type);
    }

    /// <summary>The conversions of PyYAML's SafeLoader that make sense for one scalar.</summary>
    private static (ScalarKind Kind, string Value) Convert(string type, string value, Mark mark, DiagnosticBag bag)
    {
        switch (type)
        {
            case "str":
                return (ScalarKind.String, value);
            case "null":
                return (ScalarKind.Null, "");
            case "bool":
                var lower = value.ToLowerInvariant();
                if (lower is "yes" or "true" or "on" or "no" or "false" or "off")
                {
                    return (ScalarKind.Boolean, lower is "yes" or "true" or "on" ? "true" : "false");
                }

                break;
            case "int":
                if (ScalarResolver.TryParseInteger(value.Trim(), out _))
                {
                    return (ScalarKind.Integer, value.Trim());
                }

                break;
            case "float":
                if (ScalarResolver.TryParseFloat(value.Trim(), out _))
                {
                    return (ScalarKind.Float, value.Trim());
                }

                break;
            default:
                bag.Error(mark, "", $"the type tag '{TypeTagPrefix}{type}' is not supported after !ENV; use int, float, bool, str or null");
                return (ScalarKind.String, value);
        }

        bag.Error(mark, "", $"the value '{YamlScalarNode.Shorten(value)}' is not a valid {type}");
        return (ScalarKind.String, value);
    }
}
