namespace Overlord.Server.Integrations;

/// <summary>What one integration did for one service: <c>{"error":bool,"message":str|null}</c>.</summary>
/// <param name="Error">The integration failed for this service.</param>
/// <param name="Message">What happened, or null when the service does not use the integration.</param>
public sealed record IntegrationOutcome(bool Error, string? Message)
{
    /// <summary>The service does not use the integration: nothing to report.</summary>
    public static IntegrationOutcome None { get; } = new(false, null);

    /// <summary>False when there is nothing to show (the original leaves such services out of the report).</summary>
    public bool IsReported => Error || Message is not null;

    public static IntegrationOutcome Failed(string message) => new(true, message);

    public static IntegrationOutcome Done(string message) => new(false, message);
}
