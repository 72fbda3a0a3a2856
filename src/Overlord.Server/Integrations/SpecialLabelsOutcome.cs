using System.Text.Json;
using System.Text.Json.Nodes;
using Overlord.Client.Contract;

namespace Overlord.Server.Integrations;

/// <summary>
/// What the special labels did for a project, stored in its up/down status as <c>labels</c>:
/// <c>{"error":false,"message":null,"load-balancer":{SERVICE:{error,message}},"skydns":{...}}</c>.
/// An integration's key appears only when some service reported something.
/// </summary>
/// <param name="Error">The labels could not run at all (project in an unexpected state, no description).</param>
/// <param name="Message">Why, or null.</param>
/// <param name="Integrations">Per integration, per service, what it reported (in run order).</param>
public sealed record SpecialLabelsOutcome(
    bool Error,
    string? Message,
    IReadOnlyList<KeyValuePair<string, IReadOnlyList<KeyValuePair<string, IntegrationOutcome>>>> Integrations)
{
    public static SpecialLabelsOutcome Nothing { get; } = new(false, null, []);

    /// <summary>True when the labels failed as a whole or any integration failed for any service.</summary>
    public bool Failed => Error || Integrations.Any(integration => integration.Value.Any(service => service.Value.Error));

    public static SpecialLabelsOutcome Failure(string message) => new(true, message, []);

    /// <summary>The outcome as the API shows it; an integration is left out when no service reported anything.</summary>
    public SpecialLabelsReport ToReport() => new()
    {
        Error = Error,
        Message = Message,
        LoadBalancer = Services(IntegrationNames.LoadBalancer),
        SkyDns = Services(IntegrationNames.SkyDns),
    };

    /// <summary>The report as stored in a status row.</summary>
    public JsonObject ToJson() => JsonSerializer.SerializeToNode(ToReport(), OverlordJson.Options)!.AsObject();

    private Dictionary<string, IntegrationReport>? Services(string integration) =>
        Integrations.Where(pair => pair.Key == integration).Select(pair => pair.Value).FirstOrDefault() is { } services
            ? services.ToDictionary(service => service.Key, service => new IntegrationReport { Error = service.Value.Error, Message = service.Value.Message }, StringComparer.Ordinal)
            : null;

    /// <summary>Reads what <see cref="ToJson"/> wrote (a stored status).</summary>
    public static SpecialLabelsOutcome FromJson(JsonObject json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var integrations = json
            .Where(pair => pair.Key is not "error" and not "message" && pair.Value is JsonObject)
            .Select(pair => KeyValuePair.Create(
                pair.Key,
                (IReadOnlyList<KeyValuePair<string, IntegrationOutcome>>)[.. pair.Value!.AsObject().Select(service => KeyValuePair.Create(
                    service.Key,
                    new IntegrationOutcome(
                        service.Value?["error"]?.GetValue<bool>() ?? false,
                        service.Value?["message"]?.GetValue<string>())))]))
            .ToList();
        return new SpecialLabelsOutcome(json["error"]?.GetValue<bool>() ?? false, json["message"]?.GetValue<string>(), integrations);
    }
}
