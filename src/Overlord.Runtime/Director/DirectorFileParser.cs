using Overlord.Core.Diagnostics;
using Overlord.Core.Yaml;

namespace Overlord.Runtime.Director;

/// <summary>
/// Parses a Director file with Director's rules (its parser.py): allowed keys, types, lists of
/// single-key maps. The YAML itself (<c>!ENV</c> and <c>${NAME}</c> as pyaml_env expands them,
/// YAML 1.1 nulls and booleans, merge keys) is Core's <see cref="YamlLoader"/>. Every error found
/// is reported with its line, column and Director's field path.
/// </summary>
public static class DirectorFileParser
{
    /// <summary>The name Director gives the file; it names the file in diagnostics.</summary>
    public const string FileName = "appjail-director.yml";

    /// <param name="text">The Director YAML.</param>
    /// <param name="environment">Values for <c>${NAME}</c> references.</param>
    public static DirectorParseResult Parse(string text, IReadOnlyDictionary<string, string> environment)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(environment);
        var options = new YamlLoadOptions { Lookup = name => environment.TryGetValue(name, out var value) ? value : null };
        var document = YamlLoader.Load(text, FileName, options);
        var bag = document.Diagnostics;
        if (document.Failed)
        {
            return new DirectorParseResult(null, bag);
        }

        if (document.Root is null)
        {
            bag.Error(new Mark(1, 1), "", "the file is empty");
            return new DirectorParseResult(null, bag);
        }

        var file = new DirectorFileReader(bag).Read(document.Root);
        return new DirectorParseResult(bag.HasErrors ? null : file, bag);
    }
}
