using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace Overlord.Server.Tests.Support;

public sealed partial class EtcdServer
{
    private static readonly string AllKeys = Convert.ToBase64String([0]);

    /// <summary>Every key with its value, read straight from etcd's gateway.</summary>
    public async Task<IReadOnlyDictionary<string, string>> AllAsync()
    {
        var answer = await PostAsync("range", new JsonObject { ["key"] = AllKeys, ["range_end"] = AllKeys });
        return (answer["kvs"] as JsonArray ?? []).OfType<JsonObject>()
            .ToDictionary(kv => Decode(kv["key"]), kv => Decode(kv["value"]), StringComparer.Ordinal);
    }

    public async Task PutAsync(string key, string value) =>
        await PostAsync("put", new JsonObject { ["key"] = Encode(key), ["value"] = Encode(value) });

    /// <summary>Deletes every key: tests sharing one etcd start from nothing.</summary>
    public async Task ClearAsync() => await PostAsync("deleterange", new JsonObject { ["key"] = AllKeys, ["range_end"] = AllKeys });

    private async Task<JsonObject> PostAsync(string operation, JsonObject body)
    {
        using var http = new HttpClient();
        using var response = await http.PostAsJsonAsync(new Uri(ClientUrl, $"/v3/kv/{operation}"), body, TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>(TestContext.Current.CancellationToken))!;
    }

    private static string Encode(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text));

    private static string Decode(JsonNode? node) => node is null ? "" : Encoding.UTF8.GetString(Convert.FromBase64String(node.GetValue<string>()));
}
