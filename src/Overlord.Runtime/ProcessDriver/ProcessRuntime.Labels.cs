using Overlord.Core.Names;

namespace Overlord.Runtime.ProcessDriver;

public sealed partial class ProcessRuntime
{
    /// <summary>The <c>label</c> options of the service that has this jail name, as of its last up.</summary>
    public Task<IReadOnlyDictionary<string, string>?> JailLabelsAsync(string jail, CancellationToken cancellationToken)
    {
        if (!NamePatterns.IsJail(jail))
        {
            return Task.FromResult<IReadOnlyDictionary<string, string>?>(null);
        }

        foreach (var project in _store.List())
        {
            var handle = Handle(project);
            lock (handle.Sync)
            {
                if (handle.State?.Services.Find(service => service.Jail == jail) is { } service)
                {
                    IReadOnlyDictionary<string, string> labels = new SortedDictionary<string, string>(service.Labels, StringComparer.Ordinal);
                    return Task.FromResult<IReadOnlyDictionary<string, string>?>(labels);
                }
            }
        }

        return Task.FromResult<IReadOnlyDictionary<string, string>?>(null);
    }
}
