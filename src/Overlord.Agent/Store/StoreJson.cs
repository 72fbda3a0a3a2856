using System.Text.Json;
using Overlord.Client.Contract;

namespace Overlord.Agent.Store;

/// <summary>How agent.db writes lists and records into TEXT columns: the contract's serializer, escaped as it always was.</summary>
internal static class StoreJson
{
    public static string Write<T>(T value) => JsonSerializer.Serialize(value, OverlordJson.Escaped.TypeInfo<T>());

    public static T Read<T>(string text) => JsonSerializer.Deserialize(text, OverlordJson.Escaped.TypeInfo<T>())
        ?? throw new InvalidDataException($"agent.db holds 'null' where a {typeof(T).Name} was expected");
}
