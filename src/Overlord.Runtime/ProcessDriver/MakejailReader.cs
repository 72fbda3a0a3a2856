namespace Overlord.Runtime.ProcessDriver;

/// <summary>
/// Splits a Makejail into instructions as AppJail reads it: blank lines and lines starting with
/// <c>#</c> are skipped, a trailing backslash joins the next line, and the first word is the keyword.
/// </summary>
internal static class MakejailReader
{
    public static List<MakejailInstruction> Read(string file, string text)
    {
        var instructions = new List<MakejailInstruction>();
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        string? pending = null;
        var startLine = 0;
        for (var index = 0; index < lines.Length; index++)
        {
            var line = lines[index];
            if (pending is null)
            {
                var trimmed = line.Trim();
                if (trimmed.Length == 0 || trimmed.StartsWith('#'))
                {
                    continue;
                }

                pending = "";
                startLine = index + 1;
            }

            var end = line.TrimEnd();
            if (end.EndsWith('\\'))
            {
                pending += end[..^1];
                continue;
            }

            instructions.Add(ToInstruction(pending + line, file, startLine));
            pending = null;
        }

        if (pending is not null)
        {
            instructions.Add(ToInstruction(pending, file, startLine));
        }

        return instructions;
    }

    private static MakejailInstruction ToInstruction(string text, string file, int line)
    {
        var trimmed = text.Trim();
        var space = trimmed.IndexOfAny([' ', '\t']);
        var keyword = space < 0 ? trimmed : trimmed[..space];
        var arguments = space < 0 ? "" : trimmed[(space + 1)..].Trim();
        return new MakejailInstruction(keyword.ToUpperInvariant(), arguments, file, line);
    }
}
