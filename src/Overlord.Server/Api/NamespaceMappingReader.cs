using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Overlord.Client.Contract;

namespace Overlord.Server.Api;

/// <summary>
/// A namespace <c>mapping</c> from a request body, checked as the original's spec validator checked it, with
/// its messages (<c>namespace.mapping.&lt;item#0&gt;.mode: requires 'int', given 'str'.</c>). The original
/// answered these with a 500; here they are a 400.
/// </summary>
internal static class NamespaceMappingReader
{
    private const string Root = "namespace.mapping";

    // 0777: permission bits only.
    private const int MaxPermissions = 0x1FF;

    // FreeBSD's MAXLOGNAME less its NUL; group names are no longer in practice.
    private const int MaxAccountLength = 32;

    private static readonly HashSet<string> Keys = new(StringComparer.Ordinal) { "file", "directory", "owner", "group", "mode", "umask", "prefix" };

    public static IReadOnlyList<NamespaceMappingItem>? Read(RequestBody body, JsonNode? mapping)
    {
        if (mapping is null)
        {
            return body.Fail($"{Root}: a required parameter has not been specified.", (IReadOnlyList<NamespaceMappingItem>?)null);
        }

        if (mapping is not JsonArray items)
        {
            return body.Fail(TypeError(Root, "list", mapping), (IReadOnlyList<NamespaceMappingItem>?)null);
        }

        if (items.Count == 0)
        {
            return body.Fail($"{Root}: a length of '-1' has been specified, but should be '> 0'.", (IReadOnlyList<NamespaceMappingItem>?)null);
        }

        var result = new List<NamespaceMappingItem>();
        for (var index = 0; index < items.Count && body.Error is null; index++)
        {
            if (Item(body, $"{Root}.<item#{index}>", items[index]) is { } item)
            {
                result.Add(item);
            }
        }

        return body.Error is null ? result : null;
    }

    private static NamespaceMappingItem? Item(RequestBody body, string name, JsonNode? node)
    {
        if (node is not JsonObject entry)
        {
            return body.Fail(TypeError(name, "dict", node), (NamespaceMappingItem?)null);
        }

        if (entry.Select(pair => pair.Key).FirstOrDefault(key => !Keys.Contains(key)) is { } unknown)
        {
            return body.Fail($"{name}.{unknown}: invalid parameter.", (NamespaceMappingItem?)null);
        }

        var hasFile = entry["file"] is not null;
        var hasDirectory = entry["directory"] is not null;
        if (hasFile == hasDirectory)
        {
            return body.Fail(
                hasFile
                    ? $"'{name}' specifies both 'file' and 'directory' but only one should be specified."
                    : $"'{name}.file' or '{name}.directory' is required but hasn't been specified.",
                (NamespaceMappingItem?)null);
        }

        var file = hasFile ? File(body, name, entry["file"]!) : null;
        var directory = hasDirectory ? Scalar(body, name, entry, "directory", "str", JsonValueKind.String) : null;
        var owner = Scalar(body, name, entry, "owner", "int or str", JsonValueKind.Number, JsonValueKind.String);
        var group = Scalar(body, name, entry, "group", "int or str", JsonValueKind.Number, JsonValueKind.String);
        var mode = Permissions(body, name, "mode", Scalar(body, name, entry, "mode", "int", JsonValueKind.Number));
        var umask = Permissions(body, name, "umask", Scalar(body, name, entry, "umask", "int", JsonValueKind.Number));
        return body.Error is not null ? null : new NamespaceMappingItem
        {
            File = file is { } pair ? [pair.Key, pair.Path] : null,
            Directory = directory,
            Owner = Reference(entry, "owner", Account(body, name, "owner", "user", owner)),
            Group = Reference(entry, "group", Account(body, name, "group", "group", group)),
            Mode = mode,
            Umask = umask,
        };
    }

    /// <summary>
    /// A mode or umask: permission bits only. Setuid, setgid and sticky bits, or a negative number, are refused
    /// (issue 11.8): a namespace is mounted into jails, and a setuid file there is a way up.
    /// </summary>
    private static int? Permissions(RequestBody body, string name, string key, string? text)
    {
        if (text is null)
        {
            return null;
        }

        var value = int.Parse(text, CultureInfo.InvariantCulture);
        return value is >= 0 and <= MaxPermissions
            ? value
            : body.Fail($"{name}.{key}: {value} is not a {key} from 0 to 0777 ({MaxPermissions}); setuid, setgid and sticky bits are refused.", (int?)null);
    }

    /// <summary>
    /// A user or group as chown takes it: a name of letters, digits, '.', '_' and '-' (not first), optionally
    /// ending in '$' (POSIX's portable names, and Samba's machine accounts), or a number. Anything else, such as
    /// <c>--reference=/etc/passwd</c> or <c>a:b</c>, could change what chown does (issue 11.8).
    /// </summary>
    private static string? Account(RequestBody body, string name, string key, string kind, string? value)
    {
        if (value is null || body.Error is not null)
        {
            return null;
        }

        var bare = value.EndsWith('$') ? value[..^1] : value;
        var valid = bare.Length is > 0 and <= MaxAccountLength
            && bare[0] != '-'
            && bare.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-');
        return valid ? value : body.Fail($"{name}.{key}: '{value}' is not a {kind} name or id.", (string?)null);
    }

    /// <summary>A checked user or group, an id when it came as a number and a name when it came as a string.</summary>
    private static AccountRef? Reference(JsonObject entry, string key, string? value) =>
        value is null ? null
        : entry[key]!.GetValueKind() == JsonValueKind.Number ? AccountRef.FromId(int.Parse(value, CultureInfo.InvariantCulture))
        : AccountRef.FromName(value);

    /// <summary><c>"key:path"</c> or <c>["key", "path"]</c>.</summary>
    private static (string Key, string Path)? File(RequestBody body, string name, JsonNode file)
    {
        string[]? parts = file switch
        {
            JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>().Split(':', 2),
            JsonArray list when list.All(part => part?.GetValueKind() == JsonValueKind.String) => [.. list.Select(part => part!.GetValue<string>())],
            JsonArray => [],
            _ => null,
        };
        if (parts is null)
        {
            return body.Fail(TypeError($"{name}.file", "str, tuple or list", file), ((string, string)?)null);
        }

        return parts.Length == 2 ? (parts[0], parts[1]) : body.Fail($"'{name}.file' must specify both the metadata and the mapping file.", ((string, string)?)null);
    }

    /// <summary>An optional scalar as text; integers only where a number is allowed.</summary>
    private static string? Scalar(RequestBody body, string name, JsonObject entry, string key, string expected, params JsonValueKind[] kinds)
    {
        if (entry[key] is not { } value)
        {
            return null;
        }

        var kind = value.GetValueKind();
        var integer = kind != JsonValueKind.Number || (value is JsonValue number && number.TryGetValue<int>(out _));
        return kinds.Contains(kind) && integer
            ? kind == JsonValueKind.String ? value.GetValue<string>() : value.ToJsonString()
            : body.Fail(TypeError($"{name}.{key}", expected, value), (string?)null);
    }

    private static string TypeError(string name, string expected, JsonNode? given) => $"{name}: requires '{expected}', given '{PythonType(given)}'.";

    private static string PythonType(JsonNode? value) => value?.GetValueKind() switch
    {
        null or JsonValueKind.Null => "NoneType",
        JsonValueKind.Object => "dict",
        JsonValueKind.Array => "list",
        JsonValueKind.String => "str",
        JsonValueKind.True or JsonValueKind.False => "bool",
        _ => value.ToJsonString().IndexOfAny(['.', 'e', 'E']) >= 0 ? "float" : "int",
    };
}
