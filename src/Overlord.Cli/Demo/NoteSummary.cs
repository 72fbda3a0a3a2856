using System.Text.Json;

namespace Overlord.Cli.Demo;

/// <summary>Reads the summary line of an agent's git note: one JSON object per line, the sync's summary last.</summary>
internal static class NoteSummary
{
    /// <summary>The summary's state (<c>succeeded</c>, <c>failed</c>...) and message; <c>unknown</c> when there is none.</summary>
    public static (string State, string Message) Read(string note)
    {
        ArgumentNullException.ThrowIfNull(note);
        foreach (var line in note.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Reverse())
        {
            try
            {
                using var document = JsonDocument.Parse(line);
                var root = document.RootElement;
                if (root.ValueKind == JsonValueKind.Object && Text(root, "kind") == "summary")
                {
                    return (Text(root, "state") ?? "unknown", Text(root, "message") ?? "");
                }
            }
            catch (JsonException)
            {
                // Not a line of the agent's: look further up.
            }
        }

        return ("unknown", "the note has no summary line");
    }

    private static string? Text(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
