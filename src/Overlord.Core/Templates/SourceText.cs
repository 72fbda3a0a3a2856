using Overlord.Core.Diagnostics;

namespace Overlord.Core.Templates;

/// <summary>A template's text with its line starts, so any offset can be named as line and column.</summary>
internal sealed class SourceText
{
    private readonly List<int> _lineStarts = [0];

    public SourceText(string text)
    {
        Text = text;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                _lineStarts.Add(i + 1);
            }
        }
    }

    public string Text { get; }

    public int Length => Text.Length;

    /// <summary>The 1-based line and column of <paramref name="offset"/>.</summary>
    public Mark MarkAt(int offset)
    {
        var index = _lineStarts.BinarySearch(offset);
        var line = index >= 0 ? index : ~index - 1;
        return new Mark(line + 1, offset - _lineStarts[line] + 1);
    }

    /// <summary>The character at <paramref name="offset"/>, or <c>\0</c> past the end.</summary>
    public char At(int offset) => offset >= 0 && offset < Text.Length ? Text[offset] : '\0';

    public bool StartsWith(int offset, string value) =>
        offset + value.Length <= Text.Length && string.CompareOrdinal(Text, offset, value, 0, value.Length) == 0;

    /// <summary>The offset just past a line break at <paramref name="offset"/> (<c>\n</c> or <c>\r\n</c>), or -1 when there is none.</summary>
    public int AfterLineBreak(int offset) =>
        At(offset) == '\n' ? offset + 1 : At(offset) == '\r' && At(offset + 1) == '\n' ? offset + 2 : -1;
}
