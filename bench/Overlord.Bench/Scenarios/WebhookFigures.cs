using Overlord.Bench.Measuring;

namespace Overlord.Bench.Scenarios;

/// <summary>How fast a webhook is answered, and how long from sending it to the first write on the target node.</summary>
public sealed record WebhookFigures(Samples Answers, Samples ToFirstWrite);
