namespace Overlord.Agent.Convergence;

/// <summary>
/// Gathers the keys one deployment reads on one node, following Makejails held in metadata through their INCLUDEs.
/// Once anything read cannot be known (a file on the node, a Makejail too deeply included), the answer is everything.
/// </summary>
internal sealed class MetadataReadCollector(IReadOnlyDictionary<string, string> metadata)
{
    /// <summary>AppJail itself only refuses a Makejail included twice; the bound keeps a long chain from going deep.</summary>
    public const int MaxIncludeDepth = 32;

    private readonly HashSet<string> _keys = new(StringComparer.Ordinal);
    private readonly HashSet<string> _visitedMakejails = new(StringComparer.Ordinal);
    private bool _unknown;

    public MetadataReadSet Result => _unknown ? MetadataReadSet.All : MetadataReadSet.Of(_keys);

    public void Read(string key) => _keys.Add(key);

    public void ReadEverything() => _unknown = true;

    /// <summary>Every key a metadata path in <paramref name="text"/> names.</summary>
    public void ReadPathsIn(string text)
    {
        foreach (var key in MetadataPaths.KeysNamedIn(text))
        {
            _keys.Add(key);
        }
    }

    /// <summary>A Makejail given by a Director service or a vmJail: a metadata key is followed, a remote one reads
    /// nothing, and any other is a file on the node that cannot be seen from here.</summary>
    public void UseMakejail(string value) => UseMakejail(value, depth: 0);

    /// <summary>A Makejail held in metadata: the key, and what its text names.</summary>
    public void UseMakejailKey(string key) => Visit(key, depth: 0);

    private void UseMakejail(string value, int depth)
    {
        if (MakejailValue.KeyOf(value, metadata) is { } key)
        {
            Visit(key, depth);
        }
        else if (!MakejailValue.IsRemote(value))
        {
            _unknown = true;
        }
    }

    private void Visit(string key, int depth)
    {
        _keys.Add(key);
        if (depth > MaxIncludeDepth)
        {
            _unknown = true;
            return;
        }

        // A key already followed reads nothing new: this is also what ends an INCLUDE cycle.
        if (!_visitedMakejails.Add(key) || !metadata.TryGetValue(key, out var text))
        {
            return;
        }

        ReadPathsIn(text);
        foreach (var (keyword, arguments) in MakejailText.Instructions(text))
        {
            var words = MakejailText.Words(arguments);
            if (keyword == "INCLUDE" && words.Count > 0)
            {
                UseMakejail(words[0], depth + 1);
            }
            else if (keyword == "COPY" && MakejailText.FirstOperand(words) is { } source
                && MakejailValue.KeyOf(source, metadata) is { } copied)
            {
                // A source outside metadata is a file, not a Makejail: it reads no metadata.
                _keys.Add(copied);
            }
        }
    }
}
