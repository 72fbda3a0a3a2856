using System.Collections;

namespace Overlord.Core.Environment;

/// <summary>
/// Where <c>${NAME}</c> values come from: the process environment first, then the values of the
/// env files (<c>.env</c> or <c>-e FILE</c>), as python-dotenv did for the original (values already
/// in the environment win). Built once per command; it never changes the process environment,
/// so tests and the agent can hold several at once.
/// </summary>
public sealed class VariableSource
{
    private readonly IReadOnlyDictionary<string, string> _environment;
    private readonly IReadOnlyDictionary<string, string> _files;

    public VariableSource(IReadOnlyDictionary<string, string> environment, IReadOnlyDictionary<string, string>? fileValues = null)
    {
        _environment = environment;
        _files = fileValues ?? new Dictionary<string, string>();
    }

    /// <summary>An empty source: every variable is unset.</summary>
    public static VariableSource Empty { get; } = new(new Dictionary<string, string>());

    /// <summary>The current process environment.</summary>
    public static VariableSource FromProcess()
    {
        var environment = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (DictionaryEntry entry in System.Environment.GetEnvironmentVariables())
        {
            environment[(string)entry.Key] = (string?)entry.Value ?? "";
        }

        return new VariableSource(environment);
    }

    /// <summary>The value of a variable, or null when it is set nowhere.</summary>
    public string? Lookup(string name) =>
        _environment.TryGetValue(name, out var value) ? value : _files.TryGetValue(name, out var fromFile) ? fromFile : null;

    /// <summary>A source with more values that the current ones do not already define (environment still wins).</summary>
    public VariableSource WithFallback(IReadOnlyDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var merged = new Dictionary<string, string>(_files, StringComparer.Ordinal);
        foreach (var (key, value) in values)
        {
            merged.TryAdd(key, value);
        }

        return new VariableSource(_environment, merged);
    }

    /// <summary>
    /// A source that also has the values of <paramref name="file"/>, as python-dotenv's <c>load_dotenv</c> adds a file
    /// to the environment: its <c>${NAME}</c> take this source's values first (the environment and the files added
    /// before it), and a name this source already defines keeps its value.
    /// </summary>
    public VariableSource WithEnvFile(EnvFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return WithFallback(file.Resolve(Lookup));
    }

    /// <summary>A source where the given values override everything (OVERLORD_WRKDIR, OVERLORD_FILE).</summary>
    public VariableSource WithOverrides(IReadOnlyDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var merged = new Dictionary<string, string>(_environment, StringComparer.Ordinal);
        foreach (var (key, value) in values)
        {
            merged[key] = value;
        }

        return new VariableSource(merged, _files);
    }
}
