using Microsoft.Extensions.Hosting;
using Overlord.Runtime;
using Overlord.Runtime.ProcessDriver;

namespace Overlord.Server.Hosting;

/// <summary>
/// Brings the process runtime's projects back when the node starts (before the job worker and the API),
/// and stops supervising them when it stops; the next start recovers them again.
/// </summary>
internal sealed class ProcessRuntimeRecovery(IRuntime runtime) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (runtime is ProcessRuntime processes)
        {
            await processes.RecoverAsync(cancellationToken);
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (runtime is ProcessRuntime processes)
        {
            await processes.DisposeAsync();
        }
    }
}
