using System.Text;

namespace Overlord.Agent.Git;

/// <summary>
/// Parses <c>git cat-file --batch</c> output: per request either <c>&lt;sha&gt; &lt;type&gt; &lt;size&gt;\n&lt;content&gt;\n</c>
/// or <c>&lt;name&gt; missing\n</c> (also <c>ambiguous</c>), in the order of the requests. Sizes are in bytes.
/// </summary>
public static class CatFileBatchParser
{
    public static IReadOnlyList<GitFileContent> Parse(ReadOnlySpan<byte> output, IReadOnlyList<string> paths)
    {
        var files = new List<GitFileContent>(paths.Count);
        var position = 0;
        foreach (var path in paths)
        {
            var lineLength = output[position..].IndexOf((byte)'\n');
            if (lineLength < 0)
            {
                throw new FormatException($"git cat-file output ends before the answer for '{path}'");
            }

            var header = Encoding.UTF8.GetString(output.Slice(position, lineLength)).Split(' ');
            position += lineLength + 1;
            if (header.Length != 3 || !long.TryParse(header[2], out var size))
            {
                files.Add(new GitFileContent(path, null));
                continue;
            }

            if (position + size + 1 > output.Length)
            {
                throw new FormatException($"git cat-file output is shorter than the {size} bytes announced for '{path}'");
            }

            var content = output.Slice(position, (int)size).ToArray();
            position += (int)size + 1;
            files.Add(new GitFileContent(path, header[1] == "blob" ? content : null));
        }

        return files;
    }
}
