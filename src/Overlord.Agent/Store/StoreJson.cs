using System.Text.Json;
using System.Text.Json.Serialization;

namespace Overlord.Agent.Store;

/// <summary>How agent.db writes lists and records into TEXT columns.</summary>
internal static class StoreJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Read<T>(string text) => JsonSerializer.Deserialize<T>(text, Options)
        ?? throw new InvalidDataException($"agent.db holds 'null' where a {typeof(T).Name} was expected");
}
