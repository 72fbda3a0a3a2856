using System.Text.Json;

namespace Overlord.Runtime.AppJail;

/// <summary>
/// Reads `appjail-director describe -p NAME` (always JSON, it has no -j option):
/// <c>{"name","state","last_log","locked","services":[{"name","status","jail"}]}</c>.
/// last_log becomes its basename (the log folder's date), as the original stored it.
/// </summary>
internal static class DirectorDescription
{
    /// <summary>The description, or null when the output is not one.</summary>
    public static ProjectDescription? Parse(string stdout)
    {
        try
        {
            using var document = JsonDocument.Parse(stdout);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || String(root, "name") is not { } name
                || String(root, "state") is not { } state
                || !root.TryGetProperty("services", out var services) || services.ValueKind != JsonValueKind.Array)
            {
                return null;
            }

            var lastLog = String(root, "last_log");
            var locked = root.TryGetProperty("locked", out var lockedValue) && lockedValue.ValueKind == JsonValueKind.True;
            var list = new List<ServiceDescription>();
            foreach (var service in services.EnumerateArray())
            {
                if (service.ValueKind != JsonValueKind.Object
                    || String(service, "name") is not { } serviceName
                    || String(service, "jail") is not { } jail
                    || !service.TryGetProperty("status", out var status)
                    || status.ValueKind != JsonValueKind.Number || !status.TryGetInt32(out var statusCode))
                {
                    return null;
                }

                list.Add(new ServiceDescription(serviceName, statusCode, jail));
            }

            return new ProjectDescription(name, state, lastLog is null ? null : Basename(lastLog), locked, list);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>What follows the last '/', as the original's <c>last_log.split("/")[-1]</c>.</summary>
    private static string Basename(string path) => path[(path.LastIndexOf('/') + 1)..];

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
