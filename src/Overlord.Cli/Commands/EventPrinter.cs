using Overlord.Cli.Output;
using Overlord.Client.Deployment;

namespace Overlord.Cli.Commands;

/// <summary>Prints each deploy event as one line, at once and in the order reported (not through a synchronization context).</summary>
internal sealed class EventPrinter(TextWriter output) : IProgress<DeployEvent>
{
    private readonly Lock _lock = new();

    public void Report(DeployEvent value)
    {
        lock (_lock)
        {
            output.WriteLine(DeployEventText.Format(value));
            output.Flush();
        }
    }
}
