using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Overlord.Runtime.Director;

/// <summary>
/// Parses a Director file with Director's rules (its parser.py): allowed keys, types, lists of
/// single-key maps. <c>${NAME}</c> references expand as pyaml_env does in the original:
/// in scalars tagged <c>!ENV</c> and in plain scalars; quoted scalars without the tag and block
/// scalars stay literal. Every error found is reported with its line and field.
/// </summary>
public static class DirectorFileParser
{
    /// <param name="text">The Director YAML.</param>
    /// <param name="environment">Values for <c>${NAME}</c> references.</param>
    public static DirectorParseResult Parse(string text, IReadOnlyDictionary<string, string> environment)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(environment);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException exception)
        {
            var error = new DirectorParseError((int)exception.Start.Line, (int)exception.Start.Column, "<main>", exception.Message);
            return new DirectorParseResult(null, [error], []);
        }

        if (stream.Documents.Count != 1)
        {
            var message = stream.Documents.Count == 0 ? "the file is empty" : "the file must hold one YAML document";
            return new DirectorParseResult(null, [new DirectorParseError(0, 0, "<main>", message)], []);
        }

        var reader = new DirectorFileReader(name => environment.TryGetValue(name, out var value) ? value : null);
        var file = reader.Read(stream.Documents[0].RootNode);
        var errors = reader.Errors;
        return new DirectorParseResult(errors.Count == 0 ? file : null, errors, reader.UnsetVariables);
    }
}
