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

    private Dictionary<string, IntegrationReport>? Services(string integration) =>
        Integrations.Where(pair => pair.Key == integration).Select(pair => pair.Value).FirstOrDefault() is { } services
            ? services.ToDictionary(service => service.Key, service => new IntegrationReport { Error = service.Value.Error, Message = service.Value.Message }, StringComparer.Ordinal)
            : null;

    /// <summary>Reads back what <see cref="ToReport"/> made (a stored status).</summary>
    public static SpecialLabelsOutcome FromReport(SpecialLabelsReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        List<KeyValuePair<string, IReadOnlyList<KeyValuePair<string, IntegrationOutcome>>>> integrations = [];
        foreach (var (name, services) in new[] { (IntegrationNames.LoadBalancer, report.LoadBalancer), (IntegrationNames.SkyDns, report.SkyDns) })
        {
            if (services is not null)
            {
                integrations.Add(KeyValuePair.Create(name, (IReadOnlyList<KeyValuePair<string, IntegrationOutcome>>)[
                    .. services.Select(service => KeyValuePair.Create(service.Key, new IntegrationOutcome(service.Value.Error ?? false, service.Value.Message)))]));
            }
        }

        return new SpecialLabelsOutcome(report.Error ?? false, report.Message, integrations);
    }
}
