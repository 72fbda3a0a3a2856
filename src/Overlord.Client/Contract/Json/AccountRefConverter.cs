using System.Text.Json;
using System.Text.Json.Serialization;

namespace Overlord.Client.Contract;

/// <summary>Writes an <see cref="AccountRef"/> as a JSON number (an id) or string (a name), as the original expects.</summary>
internal sealed class AccountRefConverter : JsonConverter<AccountRef>
{
    public override AccountRef? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType switch
        {
            JsonTokenType.Number => AccountRef.FromId(reader.GetInt32()),
            JsonTokenType.String => AccountRef.FromName(reader.GetString()!),
            _ => throw new JsonException("an owner or group must be a number or a string."),
        };

    public override void Write(Utf8JsonWriter writer, AccountRef value, JsonSerializerOptions options)
    {
        if (value.Id is { } id)
        {
            writer.WriteNumberValue(id);
        }
        else
        {
            writer.WriteStringValue(value.Name);
        }
    }
}
