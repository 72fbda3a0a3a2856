using System.Text.Json;

namespace Overlord.Cli.Output;

/// <summary>Python's text rules that get-info relied on: <c>str.splitlines()</c> and truthiness.</summary>
internal static class PyText
{
    private static readonly string[] LineBreaks = ["\r\n", "\n", "\r", "\v", "\f", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029"];

    /// <summary>
    /// A list field of a project's or a VM's status as the original prints it: the name at eight spaces, each item
    /// (its Python str) below it after "- " at the same depth.
    /// </summary>
    public static void WriteList(TextWriter output, string name, JsonElement list)
    {
        output.WriteLine($"        {name}:");
        foreach (var item in list.EnumerateArray())
        {
            output.WriteLine($"        - {PyRepr.Str(item)}");
        }
    }

    /// <summary>The lines of <paramref name="text"/> without their breaks; a final break adds no empty line.</summary>
    public static IReadOnlyList<string> SplitLines(string text)
    {
        var lines = text.Split(LineBreaks, StringSplitOptions.None).ToList();
        if (lines.Count > 0 && lines[^1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        return lines;
    }

    /// <summary><c>bool(value)</c>: false for null, false, 0, "" and empty containers.</summary>
    public static bool Truthy(JsonElement? value) => value is { } element && element.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.String => element.GetString()!.Length > 0,
        JsonValueKind.Number => element.GetDouble() != 0,
        JsonValueKind.Object => element.EnumerateObject().Any(),
        JsonValueKind.Array => element.GetArrayLength() > 0,
        _ => false,
    };

    /// <summary>A property of an object, or null.</summary>
    public static JsonElement? Get(JsonElement value, string name) =>
        value.ValueKind == JsonValueKind.Object && value.TryGetProperty(name, out var found) ? found : null;

    /// <summary><c>str()</c> of a property that may be missing (<c>None</c>).</summary>
    public static string Str(JsonElement? value) => value is { } element ? PyRepr.Str(element) : "None";
}
