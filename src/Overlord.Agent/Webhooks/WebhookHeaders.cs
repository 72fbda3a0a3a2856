namespace Overlord.Agent.Webhooks;

/// <summary>Request headers by case-insensitive name. A header sent empty counts as absent (Gitea sends empty signatures when unsigned).</summary>
public sealed class WebhookHeaders
{
    private readonly Dictionary<string, string> _values = new(StringComparer.OrdinalIgnoreCase);

    public WebhookHeaders(IEnumerable<KeyValuePair<string, string>> headers)
    {
        foreach (var (name, value) in headers)
        {
            var trimmed = value.Trim();
            if (trimmed.Length > 0)
            {
                _values.TryAdd(name, trimmed);
            }
        }
    }

    public static WebhookHeaders Empty { get; } = new([]);

    public string? Get(string name) => _values.GetValueOrDefault(name);

    /// <summary>The first of several equivalent headers that is present (e.g. X-Gitea-Event, X-Forgejo-Event, X-Gogs-Event).</summary>
    public string? First(params ReadOnlySpan<string> names)
    {
        foreach (var name in names)
        {
            if (Get(name) is { } value)
            {
                return value;
            }
        }

        return null;
    }
}
