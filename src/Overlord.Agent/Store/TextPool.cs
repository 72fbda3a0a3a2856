namespace Overlord.Agent.Store;

/// <summary>
/// One string per distinct value within a read (issue 14.6): the kept inventory and deployments of ten thousand specs
/// repeat a few values (the node, the commit, the one-node target list) in every row, and SQLite returns a new copy
/// each time. A read through a pool keeps one copy of each.
/// </summary>
internal sealed class TextPool
{
    private readonly Dictionary<string, string> _texts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string[]> _lists = new(StringComparer.Ordinal);

    public string Text(string text)
    {
        if (_texts.TryGetValue(text, out var kept))
        {
            return kept;
        }

        _texts[text] = text;
        return text;
    }

    public string? NullableText(string? text) => text is null ? null : Text(text);

    /// <summary>The list stored as <paramref name="json"/>, the same array for the same text (the rows' lists are never changed).</summary>
    public string[] List(string json)
    {
        if (_lists.TryGetValue(json, out var kept))
        {
            return kept;
        }

        var list = StoreJson.Read<string[]>(json);
        for (var i = 0; i < list.Length; i++)
        {
            list[i] = Text(list[i]);
        }

        _lists[json] = list;
        return list;
    }
}
