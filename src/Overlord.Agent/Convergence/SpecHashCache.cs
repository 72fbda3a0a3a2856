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
    private readonly ConditionalWeakTable<Spec, Hashes> _hashes = new();

    public string Of(Spec spec, IReadOnlyDictionary<string, string> environment)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(environment);
        var key = KeyOf(environment);
        var hashes = _hashes.GetOrCreateValue(spec);
        lock (hashes)
        {
            return hashes.Find(key) ?? hashes.Add(key, DeploymentHashes.Spec(spec, environment));
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

    /// <summary>
    /// One spec's hashes by environment. Nearly every spec has one environment (a metadata spec has none, a project one
    /// per node only when it runs on several), so the first is kept in two fields and a dictionary made only for more:
    /// ten thousand specs keep ten thousand small objects instead of ten thousand dictionaries (issue 14.6).
    /// </summary>
    private sealed class Hashes
    {
        private string? _firstKey;
        private string? _firstHash;
        private Dictionary<string, string>? _more;

        public string? Find(string key) =>
            _firstKey == key ? _firstHash : _more?.GetValueOrDefault(key);

        public string Add(string key, string hash)
        {
            if (_firstKey is null)
            {
                (_firstKey, _firstHash) = (key, hash);
            }
            else
            {
                (_more ??= new Dictionary<string, string>(StringComparer.Ordinal))[key] = hash;
            }

            return hash;
        }
    }
}
