using System.Runtime.CompilerServices;
using System.Text;
using Overlord.Core.Specs;

namespace Overlord.Agent.Convergence;

/// <summary>
/// <see cref="DeploymentHashes.Spec"/> remembered by spec object and environment. The specs a sync did not load again are
/// the very objects of the sync before, so the desired state of ten thousand specs hashes only those that changed.
/// A spec no longer held anywhere drops out with it.
/// </summary>
public sealed class SpecHashCache
{
    private readonly ConditionalWeakTable<Spec, Dictionary<string, string>> _hashes = new();

    public string Of(Spec spec, IReadOnlyDictionary<string, string> environment)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(environment);
        var key = KeyOf(environment);
        var byEnvironment = _hashes.GetOrCreateValue(spec);
        lock (byEnvironment)
        {
            if (!byEnvironment.TryGetValue(key, out var hash))
            {
                hash = DeploymentHashes.Spec(spec, environment);
                byEnvironment[key] = hash;
            }

            return hash;
        }
    }

    private static string KeyOf(IReadOnlyDictionary<string, string> environment)
    {
        if (environment.Count == 0)
        {
            return "";
        }

        var text = new StringBuilder();
        foreach (var (key, value) in environment.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            text.Append(key).Append('=').Append(value).Append('\0');
        }

        return text.ToString();
    }
}
