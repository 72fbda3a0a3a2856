using System.Collections.Concurrent;
using Overlord.Server.Integrations;

namespace Overlord.Server.Tests.Support;

/// <summary>An integration (a test double of our own interface) that records what it is asked and answers as told.</summary>
internal sealed class RecordingIntegration(string name, Func<LabelContext, IntegrationOutcome> answer) : ISpecialLabelIntegration
{
    public string Name => name;

    public ConcurrentQueue<LabelContext> Calls { get; } = new();

    public Task<IntegrationOutcome> RunAsync(LabelContext context, CancellationToken cancellationToken)
    {
        Calls.Enqueue(context);
        return Task.FromResult(answer(context));
    }
}
