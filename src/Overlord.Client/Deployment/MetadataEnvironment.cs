using Overlord.Core.Results;
using Overlord.Core.Yaml;

namespace Overlord.Client.Deployment;

/// <summary>
/// Reads the value of an <c>environFromMetadata</c> key: a YAML mapping of variables. Scalars become their
/// text (the original sent integers as they were, which nodes refuse); nulls and nested values are refused.
/// No <c>${NAME}</c> substitution is done: the value comes from the node, not from the operator's files.
/// </summary>
public static class MetadataEnvironment
{
    /// <summary>The variables, or an <see cref="ErrorCodes.Invalid"/> error saying why the value is not a mapping of strings.</summary>
    public static Result<IReadOnlyDictionary<string, string>> Parse(string text, string key)
    {
        ArgumentNullException.ThrowIfNull(text);
        var document = YamlLoader.Load(text, key, new YamlLoadOptions());
        if (document.Failed)
        {
            return Invalid($"metadata '{key}' is not valid YAML: {string.Join("; ", document.Diagnostics.Errors.Select(e => e.ToString()))}");
        }

        if (document.Root is not YamlMappingNode mapping)
        {
            return Invalid($"metadata '{key}' is not a mapping of environment variables");
        }

        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in mapping.Entries)
        {
            if (value is not YamlScalarNode { IsNull: false } scalar)
            {
                return Invalid($"metadata '{key}': the variable '{name.Value}' is not a string");
            }

            result[name.Value] = scalar.Value;
        }

        return result;
    }

    private static Result<IReadOnlyDictionary<string, string>> Invalid(string message) =>
        Result.Failure<IReadOnlyDictionary<string, string>>(ErrorCodes.Invalid, message);
}
