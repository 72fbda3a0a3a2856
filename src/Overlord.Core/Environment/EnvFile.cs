namespace Overlord.Core.Environment;

/// <summary>
/// An env file (<c>.env</c>, <c>-e FILE</c>, the agent's <c>env_files</c>), read as python-dotenv reads it for the
/// original's <c>load_dotenv</c>, since operators' files were written for it (issue 10): an optional <c>export</c>,
/// unquoted, single- or double-quoted values (quoted ones may span lines and decode escapes), comments, and
/// <c>${NAME}</c> / <c>${NAME:-default}</c> expansion in every value. Reading never touches the process environment.
/// </summary>
public sealed class EnvFile
{
    private readonly IReadOnlyList<DotEnvBinding> _bindings;

    private EnvFile(IReadOnlyList<DotEnvBinding> bindings, IReadOnlyList<int> invalidLines)
    {
        _bindings = bindings;
        InvalidLines = invalidLines;
    }

    /// <summary>A file with no statements (an absent <c>.env</c>).</summary>
    public static EnvFile Empty { get; } = new([], []);

    /// <summary>The lines of the statements python-dotenv cannot parse; it skips each to the end of its line with a warning.</summary>
    public IReadOnlyList<int> InvalidLines { get; }

    /// <summary>Parses the text of an env file.</summary>
    public static EnvFile Parse(string text)
    {
        var (bindings, invalidLines) = DotEnvParser.Parse(text);
        return new EnvFile(bindings, invalidLines);
    }

    /// <summary>Reads and parses a file; a missing file is a <see cref="FileNotFoundException"/>.</summary>
    public static EnvFile Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{path}: no such env file", path);
        }

        return Parse(File.ReadAllText(path));
    }

    /// <summary>The file at <paramref name="path"/> when it exists, else <see cref="Empty"/> (the default <c>.env</c>).</summary>
    public static EnvFile ReadIfPresent(string path) => File.Exists(path) ? Read(path) : Empty;

    /// <summary>
    /// The values the file sets, as <c>load_dotenv(override=False)</c> computes them: <c>${NAME}</c> takes the
    /// value of <paramref name="environment"/> first, then of the file's earlier lines, then the default, then "".
    /// A bare <c>KEY</c> (no <c>=</c>) sets nothing, even when an earlier line gave it a value.
    /// </summary>
    /// <param name="environment">Variables already set: a variable's value, or null when it is not set.</param>
    public IReadOnlyDictionary<string, string> Resolve(Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var binding in _bindings)
        {
            // A bare KEY counts as defined but empty for later lines, so its default does not apply.
            values[binding.Key] = binding.Value is null
                ? null
                : DotEnvInterpolation.Expand(binding.Value, name => environment(name) ?? (values.TryGetValue(name, out var earlier) ? earlier ?? "" : null));
        }

        return values.Where(pair => pair.Value is not null).ToDictionary(pair => pair.Key, pair => pair.Value!, StringComparer.Ordinal);
    }
}
