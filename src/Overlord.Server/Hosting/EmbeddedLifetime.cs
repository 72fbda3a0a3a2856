using Microsoft.Extensions.Hosting;

namespace Overlord.Server.Hosting;

/// <summary>
/// The lifetime of a node embedded in another process (tests run several at once): unlike the console
/// lifetime it hooks no signal, so only <see cref="NodeHost.StopAsync"/> stops the node.
/// </summary>
internal sealed class EmbeddedLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
