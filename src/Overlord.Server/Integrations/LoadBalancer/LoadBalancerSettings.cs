using System.Buffers;
using System.Text;
using System.Text.Json;
using Overlord.Client.Contract;
using Overlord.Core.Results;

namespace Overlord.Server.Integrations.LoadBalancer;

/// <summary>
/// A service's <c>overlord.load-balancer*</c> labels, checked: <c>.backend</c>, <c>.interface</c> and
/// <c>.interface.port</c> are required, <c>.interface.address</c> narrows the address to a CIDR, and each
/// <c>.set.FIELD</c> holds a JSON value added to the server's body.
/// </summary>
internal sealed record LoadBalancerSettings(string Backend, string Interface, int Port, string? Network, IReadOnlyList<KeyValuePair<string, JsonElement>> Fields)
{
    public const string Enable = "overlord.load-balancer";

    /// <summary>The settings, or the message naming the first label that is missing or wrong.</summary>
    public static Result<LoadBalancerSettings> Read(LabelContext context)
    {
        var labels = context.Labels;
        if (labels.Get(Enable + ".backend") is not { } backend)
        {
            return LabelErrors.Missing(context, Enable + ".backend", "backend");
        }

        if (labels.Get(Enable + ".interface") is not { } interfaceName)
        {
            return LabelErrors.Missing(context, Enable + ".interface", "interface");
        }

        if (!labels.Has(Enable + ".interface.port"))
        {
            return LabelErrors.Missing(context, Enable + ".interface.port", "port");
        }

        if (labels.WholeNumber(Enable + ".interface.port", 0) is not { } port)
        {
            return LabelErrors.Invalid(
                Enable + ".interface.port", $"{context.Describe(("port", labels.Get(Enable + ".interface.port")), ("label", Enable + ".interface.port"))} invalid port.");
        }

        var fields = new List<KeyValuePair<string, JsonElement>>();
        foreach (var (field, name, value) in labels.StartingWith(Enable + ".set."))
        {
            try
            {
                using var parsed = JsonDocument.Parse(value);
                fields.Add(KeyValuePair.Create(field, parsed.RootElement.Clone()));
            }
            catch (JsonException exception)
            {
                return LabelErrors.Invalid(name, $"{context.Describe(("label", name))} not a JSON value: {exception.Message}");
            }
        }

        return new LoadBalancerSettings(backend, interfaceName, port, labels.Get(Enable + ".interface.address"), fields);
    }

    /// <summary>
    /// The server's body: the <c>.set.*</c> fields in their order, then the <see cref="LoadBalancerServer"/> fields
    /// not among them. Those always win: a <c>.set.port</c> keeps its place but holds the service's port.
    /// </summary>
    public string Body(string server, string address)
    {
        var own = JsonSerializer.SerializeToElement(new LoadBalancerServer { Name = server, Address = address, Port = Port }, OverlordJsonContext.Default.LoadBalancerServer);
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            var written = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (field, value) in Fields.Where(field => written.Add(field.Key)))
            {
                writer.WritePropertyName(field);
                (own.TryGetProperty(field, out var wins) ? wins : value).WriteTo(writer);
            }

            foreach (var property in own.EnumerateObject().Where(property => !written.Contains(property.Name)))
            {
                property.WriteTo(writer);
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
