using Overlord.Client.Deployment;

namespace Overlord.Client.Tests.Deployment;

/// <summary>Collects events as they are reported (Progress&lt;T&gt; would post them later, out of order).</summary>
internal sealed class SyncProgress(List<DeployEvent> events) : IProgress<DeployEvent>
{
    public void Report(DeployEvent value)
    {
        lock (events)
        {
            events.Add(value);
        }
    }
}
