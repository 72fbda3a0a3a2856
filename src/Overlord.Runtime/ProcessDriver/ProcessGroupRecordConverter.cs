using System.Text.Json;
using System.Text.Json.Serialization;

namespace Overlord.Runtime.ProcessDriver;

/// <summary>
/// Reads a <see cref="ProcessGroupRecord"/> as an object, or as the bare group id that older state files
/// hold (then with no identity); writes the object.
/// </summary>
internal sealed class ProcessGroupRecordConverter : JsonConverter<ProcessGroupRecord>
{
    private const string IdName = "Id";
    private const string IdentityName = "Identity";
    private const string StartCommandName = "StartCommand";

    public override ProcessGroupRecord Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Number)
        {
            return new ProcessGroupRecord(reader.GetInt32(), null, null);
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("a process group is a number or an object");
        }

        int? id = null;
        string? identity = null;
        int? startCommand = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString();
            reader.Read();
            switch (name)
            {
                case IdName:
                    id = reader.GetInt32();
                    break;
                case IdentityName:
                    identity = reader.TokenType == JsonTokenType.Null ? null : reader.GetString();
                    break;
                case StartCommandName:
                    startCommand = reader.TokenType == JsonTokenType.Null ? null : reader.GetInt32();
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        return new ProcessGroupRecord(id ?? throw new JsonException("a process group has no Id"), identity, startCommand);
    }

    public override void Write(Utf8JsonWriter writer, ProcessGroupRecord value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteNumber(IdName, value.Id);
        writer.WriteString(IdentityName, value.Identity);
        if (value.StartCommand is { } startCommand)
        {
            writer.WriteNumber(StartCommandName, startCommand);
        }
        else
        {
            writer.WriteNull(StartCommandName);
        }

        writer.WriteEndObject();
    }
}
