using System.Text.Json.Nodes;

using Xunit;

namespace Overlord.Testing.Nodes;

/// <summary>An answer as a test reads it: status, headers and the body as text and (when it is) JSON.</summary>
public sealed record TestResponse(int Status, string Text, IReadOnlyDictionary<string, string> Headers)
{
    public JsonNode Json => JsonNode.Parse(Text) ?? throw new InvalidOperationException("the body is JSON null");

    public string? Message => Json["message"]?.GetValue<string>();

    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    public static async Task<TestResponse> ReadAsync(HttpResponseMessage response)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, values) in response.Headers.Concat(response.Content.Headers))
        {
            headers[name] = string.Join(", ", values);
        }

        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return new TestResponse((int)response.StatusCode, text, headers);
    }
}
