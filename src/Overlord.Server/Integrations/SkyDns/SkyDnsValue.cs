using System.Globalization;
using System.Text;
using System.Text.Json;
using Overlord.Client.Contract;

namespace Overlord.Server.Integrations.SkyDns;

/// <summary>
/// A record's JSON as the original writes it (Python's <c>json.dumps</c>: keys in order, <c>", "</c> and
/// <c>": "</c> separators), so a record written by either is byte-for-byte the same.
/// </summary>
internal static class SkyDnsValue
{
    public static string Format(params (string Key, object Value)[] fields)
    {
        var text = new StringBuilder("{");
        foreach (var (key, value) in fields)
        {
            if (text.Length > 1)
            {
                text.Append(", ");
            }

            text.Append(JsonSerializer.Serialize(key, OverlordJson.Options.TypeInfo<string>())).Append(": ").Append(value switch
            {
                int number => number.ToString(CultureInfo.InvariantCulture),
                _ => JsonSerializer.Serialize(Convert.ToString(value, CultureInfo.InvariantCulture), OverlordJson.Options.TypeInfo<string?>()),
            });
        }

        return text.Append('}').ToString();
    }
}
