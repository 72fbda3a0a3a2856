using Overlord.Core.Diagnostics;
using YamlDotNet.Core;
using Mark = Overlord.Core.Diagnostics.Mark;

namespace Overlord.Core.Yaml;

/// <summary>
/// Loads YAML the way the original's pyaml_env + PyYAML SafeLoader did (YAML 1.1 types, <c>${NAME}</c> in
/// <c>!ENV</c> scalars only, merge keys), keeping each node's position so every error can name
/// the file, line and column. Unlike PyYAML it refuses duplicate keys and alias bombs, and never
/// expands aliases by copying: an alias shares the anchored node.
/// </summary>
public static partial class YamlLoader
{
    public const string EnvTag = "!ENV";
    private const string YamlTagPrefix = "tag:yaml.org,2002:";

    /// <summary>Loads a file from disk; a missing or unreadable file is reported as an error of the document.</summary>
    public static YamlDocument LoadFile(string path, YamlLoadOptions options)
    {
        ArgumentNullException.ThrowIfNull(path);
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var bag = new DiagnosticBag(path);
            bag.Error(new Mark(1, 1), "", $"cannot read the file: {e.Message}");
            return new YamlDocument(path, null, bag);
        }

        return Load(text, path, options);
    }

    /// <summary>Loads YAML text; <paramref name="file"/> names it in messages.</summary>
    public static YamlDocument Load(string text, string file, YamlLoadOptions options)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(options);
        var bag = new DiagnosticBag(file);
        if (text.Length > options.MaxLength)
        {
            bag.Error(new Mark(1, 1), "", $"the file has {text.Length} characters; at most {options.MaxLength} are allowed");
            return new YamlDocument(file, null, bag);
        }

        var builder = new Builder(new Parser(new StringReader(text)), options, bag);
        YamlNode? root = null;
        try
        {
            root = builder.ReadStream();
        }
        catch (YamlException e)
        {
            bag.Error(ToMark(e.Start), "", $"YAML syntax error: {CleanMessage(e.Message)}");
        }
        catch (RefusedException)
        {
            // Already reported; the document is refused as a whole.
        }

        return new YamlDocument(file, bag.HasErrors ? null : root, bag);
    }

    internal static Mark ToMark(YamlDotNet.Core.Mark mark) => new((int)Math.Max(1, mark.Line), (int)Math.Max(1, mark.Column));

    private static string CleanMessage(string message)
    {
        // YamlDotNet prefixes "(Line: 3, Col: 1, Idx: 20) - (Line: 3, Col: 2, Idx: 21): "; we print the mark ourselves.
        var index = message.IndexOf("): ", StringComparison.Ordinal);
        var text = index >= 0 && message.StartsWith("(Line", StringComparison.Ordinal) ? message[(index + 3)..] : message;
        return text.TrimEnd('.').Trim();
    }

    /// <summary>Thrown inside the builder once a limit is hit, to stop reading a hostile document at once.</summary>
    private sealed class RefusedException : Exception
    {
    }
}
