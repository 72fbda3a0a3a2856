using Overlord.Runtime.Director;

namespace Overlord.Runtime.ProcessDriver;

internal sealed partial class MakejailCompiler
{
    /// <summary>OVERLORD_* first, then the Makejail's ENV, then the Director stage environment (the user's values win).</summary>
    private Dictionary<string, string> StageEnvironment(IReadOnlyList<DirectorPair> directorEnvironment)
    {
        var environment = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [MakejailContext.MetadataVariable] = _context.MetadataDirectory,
            [MakejailContext.RootVariable] = Path.GetFullPath(_context.RootDirectory),
        };
        foreach (var (name, value) in _makejailEnvironment)
        {
            environment[name] = value;
        }

        foreach (var pair in directorEnvironment)
        {
            environment[pair.Key] = pair.Value ?? "";
        }

        return environment;
    }

    /// <summary>A path inside the service root: absolute ones are rooted there, relative ones follow WORKDIR.</summary>
    private string? InsideRoot(MakejailInstruction instruction, string value, string keyword)
    {
        var root = Path.GetFullPath(_context.RootDirectory);
        var target = value.StartsWith('/') ? Path.GetFullPath(root + value) : Path.GetFullPath(value, _workingDirectory);
        if (target == root || target.StartsWith(root + "/", StringComparison.Ordinal))
        {
            return target.TrimEnd('/');
        }

        Fail(instruction, $"{keyword}: '{value}' leaves the service root");
        return null;
    }

    private static (string Name, string? Value) SplitAssignment(string text)
    {
        var equals = text.IndexOf('=', StringComparison.Ordinal);
        return equals < 0 ? (text.Trim(), null) : (text[..equals].Trim(), text[(equals + 1)..]);
    }

    private static string Unquote(string value)
    {
        var trimmed = value.Trim();
        return trimmed.Length >= 2 && (trimmed[0] is '"' or '\'') && trimmed[^1] == trimmed[0] ? trimmed[1..^1] : trimmed;
    }
}
