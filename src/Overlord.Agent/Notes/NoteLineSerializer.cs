using System.Text.Json;
using Overlord.Client.Contract;
using Overlord.Core;

namespace Overlord.Agent.Notes;

/// <summary>
/// One JSON object per line, no line breaks inside (JSON escapes them). Error texts lose any URL credentials
/// on the way out, because notes are pushed to a shared repository.
/// </summary>
public static class NoteLineSerializer
{
    public static string Serialize(NoteLine line) =>
        JsonSerializer.Serialize(line with { Error = line.Error is null ? null : UrlCredentials.Redact(line.Error) }, OverlordJson.Options.TypeInfo<NoteLine>());

    public static string Serialize(SummaryNoteLine line) => JsonSerializer.Serialize(line, OverlordJson.Options.TypeInfo<SummaryNoteLine>());

    public static bool IsSummary(string line) => TryReadKind(line) == SummaryNoteLine.SummaryKind;

    /// <summary>A result line, or null for a summary line or a line this agent did not write.</summary>
    public static NoteLine? TryParseResult(string line) =>
        TryReadKind(line) is { } kind && kind != SummaryNoteLine.SummaryKind ? TryDeserialize<NoteLine>(line) : null;

    public static SummaryNoteLine? TryParseSummary(string line) =>
        IsSummary(line) ? TryDeserialize<SummaryNoteLine>(line) : null;

    private static string? TryReadKind(string line)
    {
        try
        {
            using var document = JsonDocument.Parse(line);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("kind", out var kind)
                && kind.ValueKind == JsonValueKind.String
                ? kind.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static T? TryDeserialize<T>(string line)
        where T : class
    {
        try
        {
            return JsonSerializer.Deserialize(line, OverlordJson.Options.TypeInfo<T>());
        }
        catch (JsonException)
        {
            return null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
