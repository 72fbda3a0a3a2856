namespace Overlord.Bench.Nodes;

/// <summary>One webhook sent: its status code, when it was sent (a Stopwatch timestamp) and how long the answer took.</summary>
public sealed record WebhookDelivery(int StatusCode, long SentAt, TimeSpan Answer);
