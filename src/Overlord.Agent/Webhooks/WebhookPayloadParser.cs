using System.Net;
using System.Text;
using System.Text.Json;

namespace Overlord.Agent.Webhooks;

/// <summary>
/// Reads the fields the agent uses from a webhook body: JSON, or GitHub's form encoding (<c>payload=&lt;JSON&gt;</c>).
/// Returns null when the body is not a JSON object.
/// </summary>
public static class WebhookPayloadParser
{
    private const string FormField = "payload=";

    // URL fields of GitHub/Gitea "repository" and GitLab "project"/"repository" objects.
    private static readonly string[] UrlFields =
        ["clone_url", "ssh_url", "html_url", "git_url", "git_http_url", "git_ssh_url", "http_url", "web_url", "url", "homepage"];

    public static WebhookPayload? Parse(WebhookProvider provider, WebhookHeaders headers, ReadOnlySpan<byte> body)
    {
        var eventName = WebhookHeaderNames.EventName(provider, headers);
        var payload = new WebhookPayload
        {
            Event = WebhookHeaderNames.Classify(provider, eventName),
            EventName = eventName,
            DeliveryId = WebhookHeaderNames.DeliveryId(provider, headers),
        };
        if (provider == WebhookProvider.Generic && body.Trim(" \r\n\t"u8).IsEmpty)
        {
            return payload;
        }

        try
        {
            using var document = JsonDocument.Parse(JsonBytes(body));
            var root = document.RootElement;
            return root.ValueKind != JsonValueKind.Object ? null : payload with
            {
                Ref = StringField(root, "ref"),
                Before = StringField(root, "before"),
                After = StringField(root, "after"),
                Repository = ReadRepository(root),
            };
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static byte[] JsonBytes(ReadOnlySpan<byte> body)
    {
        // The body decides: GitHub's form deliveries start with "payload=", and a JSON body sent with a form
        // content type (curl -d does that by default) is still JSON.
        var isForm = body.StartsWith(Encoding.ASCII.GetBytes(FormField));
        return isForm ? Encoding.UTF8.GetBytes(FormPayload(Encoding.UTF8.GetString(body))) : body.ToArray();
    }

    // Form rules: fields split on '&', '+' is a space, then percent-decoding.
    private static string FormPayload(string form)
    {
        foreach (var field in form.Split('&'))
        {
            if (field.StartsWith(FormField, StringComparison.Ordinal))
            {
                return WebUtility.UrlDecode(field[FormField.Length..]);
            }
        }

        return string.Empty;
    }

    private static WebhookRepository ReadRepository(JsonElement root)
    {
        var urls = new List<string>();
        string? fullName = null;
        foreach (var objectName in (string[])["repository", "project"])
        {
            if (!root.TryGetProperty(objectName, out var repository) || repository.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            urls.AddRange(UrlFields.Select(field => StringField(repository, field)).OfType<string>());
            fullName ??= StringField(repository, "full_name") ?? StringField(repository, "path_with_namespace");
        }

        return new WebhookRepository(urls.Distinct(StringComparer.Ordinal).ToList(), fullName);
    }

    private static string? StringField(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text
            ? text
            : null;
}
