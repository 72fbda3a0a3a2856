using Overlord.Core.Diagnostics;
using Overlord.Core.Validation;
using Overlord.Core.Yaml;

namespace Overlord.Core.Specs.Reading;

/// <summary>
/// Reads the files of a metadata spec's <c>include</c>: YAML mappings of key → text, relative to the working
/// directory (as the original, which opened them from the CWD), with the same <c>${NAME}</c> rules.
/// Errors inside an included file name that file, line and column.
/// </summary>
internal static class IncludeReader
{
    public static List<string> Read(MappingReader root, SpecReadContext context, Dictionary<string, string> into)
    {
        var files = new List<string>();
        if (SpecValues.NonEmptySequence(root, "include") is not { } items)
        {
            return files;
        }

        for (var i = 0; i < items.Items.Count; i++)
        {
            var path = NodeValues.Item("include", i);
            if (NodeValues.Text(items.Items[i], path, root.Bag) is { } file)
            {
                files.Add(file);
                ReadFile(file, items.Items[i], path, context, into);
            }
        }

        return files;
    }

    private static void ReadFile(string file, YamlNode item, string path, SpecReadContext context, Dictionary<string, string> into)
    {
        var fullPath = Path.GetFullPath(file, context.WorkingDirectory);
        string? text;
        try
        {
            text = context.ReadFile is { } read ? read(fullPath) : File.ReadAllText(fullPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var reason = e is FileNotFoundException or DirectoryNotFoundException ? "no such file" : e.Message;
            context.Bag.Error(item, path, $"cannot read '{file}' (relative to {context.WorkingDirectory}): {reason}");
            return;
        }

        if (text is null)
        {
            context.Bag.Error(item, path, $"cannot read '{file}' (relative to {context.WorkingDirectory}): no such file");
            return;
        }

        var document = YamlLoader.Load(text, file, context.YamlOptions);
        context.Bag.AddRange(document.Diagnostics);
        if (document.Failed)
        {
            return;
        }

        var bag = new DiagnosticBag(file);
        if (document.Root is not YamlMappingNode mapping)
        {
            var given = document.Root?.Describe() ?? "an empty file";
            bag.Error(document.Root?.Start ?? new Mark(1, 1), "", $"an included file holds a mapping of metadata keys to text values, got {given}");
        }
        else
        {
            foreach (var (key, value) in mapping.Entries)
            {
                MetadataValues.Add(key, value, key.Value, bag, into);
            }
        }

        context.Bag.AddRange(bag);
    }
}
