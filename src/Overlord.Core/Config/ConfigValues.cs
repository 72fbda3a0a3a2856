using Overlord.Core.Validation;
using Overlord.Core.Yaml;

namespace Overlord.Core.Config;

/// <summary>Typed reads that <see cref="MappingReader"/> lacks: non-empty text, secrets, seconds, URLs.</summary>
internal static class ConfigValues
{
    /// <summary>A string that is not empty (an unset <c>${VAR}</c> becomes empty, and an empty path or key is always a mistake).</summary>
    public static string? Text(MappingReader reader, string key, bool required = false)
    {
        if (reader.Take(key, required) is not { } node)
        {
            return null;
        }

        var value = NodeValues.Text(node, reader.ChildPath(key), reader.Bag);
        if (value is { Length: 0 })
        {
            reader.Bag.Error(node, reader.ChildPath(key), "must not be empty (an unset ${VARIABLE} gives an empty value)");
            return null;
        }

        return value;
    }

    /// <summary>A token, password or key: non-empty, wrapped so it never prints.</summary>
    public static Secret? Secret(MappingReader reader, string key, bool required = false) =>
        Text(reader, key, required) is { } value ? new Secret(value) : null;

    /// <summary>A whole number of seconds, at least <paramref name="min"/>.</summary>
    public static TimeSpan? Seconds(MappingReader reader, string key, long min) =>
        reader.WholeNumber(key, min: min, max: int.MaxValue) is { } seconds ? TimeSpan.FromSeconds(seconds) : null;

    /// <summary>A whole number within bounds, as an int.</summary>
    public static int? Int(MappingReader reader, string key, int min, int max = int.MaxValue) =>
        (int?)reader.WholeNumber(key, min: min, max: max);

    /// <summary>A number of seconds, possibly fractional, at least 0.</summary>
    public static double? NonNegativeNumber(MappingReader reader, string key)
    {
        var value = reader.Number(key);
        if (value is < 0 or double.NaN or double.PositiveInfinity)
        {
            reader.Bag.Error(reader.Node[key]!, reader.ChildPath(key), $"{value} is out of range; it must be a finite number of at least 0");
            return null;
        }

        return value;
    }

    /// <summary>A timeout: absent keeps <paramref name="fallback"/>; 0 or negative means no limit (null).</summary>
    public static TimeSpan? Timeout(MappingReader reader, string key, TimeSpan? fallback)
    {
        if (!reader.Has(key))
        {
            reader.Take(key);
            return fallback;
        }

        return reader.WholeNumber(key, min: int.MinValue, max: int.MaxValue) switch
        {
            null => fallback,
            <= 0 => null,
            var seconds => TimeSpan.FromSeconds(seconds.Value),
        };
    }

    /// <summary>An absolute http or https URL.</summary>
    public static string? HttpUrl(MappingReader reader, string key, bool required = false)
    {
        var value = Text(reader, key, required);
        if (value is null)
        {
            return null;
        }

        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || uri.Host.Length == 0)
        {
            reader.Bag.Error(reader.Node[key]!, reader.ChildPath(key), $"'{YamlScalarNode.Shorten(value)}' is not an http or https URL (http://host:port)");
            return null;
        }

        return value;
    }

    /// <summary>One of a few words, mapped to a value.</summary>
    public static T? Choice<T>(MappingReader reader, string key, IReadOnlyDictionary<string, T> choices, string meaning, bool required = false)
        where T : struct
    {
        var value = Text(reader, key, required);
        if (value is null)
        {
            return null;
        }

        if (choices.TryGetValue(value, out var choice))
        {
            return choice;
        }

        reader.Bag.Error(reader.Node[key]!, reader.ChildPath(key), $"'{YamlScalarNode.Shorten(value)}' is not {meaning}; use {string.Join(" or ", choices.Keys)}");
        return null;
    }

    /// <summary>One of a few allowed words.</summary>
    public static string? Word(MappingReader reader, string key, string[] allowed, string meaning)
    {
        var value = Text(reader, key);
        if (value is null || allowed.Contains(value, StringComparer.Ordinal))
        {
            return value;
        }

        reader.Bag.Error(reader.Node[key]!, reader.ChildPath(key), $"'{YamlScalarNode.Shorten(value)}' is not {meaning}; use {string.Join(" or ", allowed)}");
        return null;
    }
}
