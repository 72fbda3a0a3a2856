using System.Buffers;
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
    private const string FormFieldName = "payload=";

    private static ReadOnlySpan<byte> FormField => "payload="u8;

    // URL fields of GitHub/Gitea "repository" and GitLab "project"/"repository" objects. Not "homepage": on GitHub
    // and Gitea it is any address the repository's owner types in, so another repository could name the watched one.
    private static readonly string[] UrlFields =
        ["clone_url", "ssh_url", "html_url", "git_url", "git_http_url", "git_ssh_url", "http_url", "web_url", "url"];

    public static WebhookPayload? Parse(WebhookProvider provider, WebhookHeaders headers, ReadOnlySpan<byte> body) =>
        Parse(provider, headers, new ReadOnlySequence<byte>(body.ToArray()));

    /// <summary>Parses a body as read from the request, in pooled chunks: JSON is read from them where they are.</summary>
    public static WebhookPayload? Parse(WebhookProvider provider, WebhookHeaders headers, in ReadOnlySequence<byte> body)
    {
        var eventName = WebhookHeaderNames.EventName(provider, headers);
        var payload = new WebhookPayload
        {
            Event = WebhookHeaderNames.Classify(provider, eventName),
            EventName = eventName,
            DeliveryId = WebhookHeaderNames.DeliveryId(provider, headers),
        };
        if (provider == WebhookProvider.Generic && IsBlank(body))
        {
            return payload;
        }

        try
        {
            using var document = IsForm(body)
                ? JsonDocument.Parse(FormPayload(Encoding.UTF8.GetString(body)))
                : JsonDocument.Parse(body);
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

    // The body decides: GitHub's form deliveries start with "payload=", and a JSON body sent with a form
    // content type (curl -d does that by default) is still JSON.
    private static bool IsForm(in ReadOnlySequence<byte> body) => new SequenceReader<byte>(body).IsNext(FormField, advancePast: false);

    private static bool IsBlank(in ReadOnlySequence<byte> body)
    {
        foreach (var segment in body)
        {
            if (!segment.Span.Trim(" \r\n\t"u8).IsEmpty)
            {
                return false;
            }
        }

        return true;
    }

    // Form rules: fields split on '&', '+' is a space, then percent-decoding.
    private static string FormPayload(string form)
    {
        foreach (var field in form.Split('&'))
        {
            if (field.StartsWith(FormFieldName, StringComparison.Ordinal))
            {
                return WebUtility.UrlDecode(field[FormFieldName.Length..]);
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
