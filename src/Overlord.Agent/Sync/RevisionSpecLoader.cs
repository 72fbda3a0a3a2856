using System.Text;
using Overlord.Agent.Git;
using Overlord.Agent.Planning;
using Overlord.Core.Environment;
using Overlord.Core.Specs;
using Overlord.Core.Specs.Reading;

namespace Overlord.Agent.Sync;

/// <summary>
/// Loads spec files straight out of a commit: the specs and the env files they read come in one batched git read;
/// files they <c>include</c> (relative to the repository's root) in at most one more. Variables: the node's
/// environment first, then the env files, nearest first (<see cref="WatchedPaths.EnvFilesFor"/>), each added as
/// python-dotenv's <c>load_dotenv</c> would add it after those before it (so its <c>${NAME}</c> see them).
/// </summary>
public sealed class RevisionSpecLoader
{
    private readonly GitRepository _git;
    private readonly WatchedPaths _paths;
    private readonly IReadOnlyDictionary<string, string> _environment;

    /// <summary>Takes the node's own environment (never changed).</summary>
    public RevisionSpecLoader(GitRepository git, WatchedPaths paths, IReadOnlyDictionary<string, string> environment)
    {
        _git = git;
        _paths = paths;
        _environment = environment;
    }

    /// <summary>Where specs seem to live while loaded: OVERLORD_FILE and OVERLORD_WRKDIR point below it.</summary>
    public string RootDirectory => _git.RepositoryPath;

    public async Task<RevisionSpecs> LoadAsync(string commit, IReadOnlyCollection<string> specPaths, IReadOnlySet<string> presentFiles, CancellationToken cancellationToken)
    {
        if (specPaths.Count == 0)
        {
            return RevisionSpecs.Empty(commit);
        }

        var envFiles = specPaths.ToDictionary(path => path, path => _paths.EnvFilesFor(path, presentFiles), StringComparer.Ordinal);
        var files = await ReadAsync(commit, specPaths.Concat(envFiles.Values.SelectMany(list => list)).Distinct(StringComparer.Ordinal).ToList(), cancellationToken);
        var envValues = new Dictionary<string, (EnvFile? File, string? Error)>(StringComparer.Ordinal);
        foreach (var envFile in envFiles.Values.SelectMany(list => list).Distinct(StringComparer.Ordinal))
        {
            envValues[envFile] = ParseEnv(envFile, files.GetValueOrDefault(envFile));
        }

        var results = specPaths.ToDictionary(path => path, path => LoadOne(path, files, envFiles[path], envValues), StringComparer.Ordinal);
        var missing = results.Values.SelectMany(result => result.Missing).Distinct(StringComparer.Ordinal).Where(path => !files.ContainsKey(path)).ToList();
        if (missing.Count > 0)
        {
            foreach (var (path, content) in await ReadAsync(commit, missing, cancellationToken))
            {
                files[path] = content;
            }

            foreach (var path in results.Where(pair => pair.Value.Missing.Count > 0).Select(pair => pair.Key).ToList())
            {
                results[path] = LoadOne(path, files, envFiles[path], envValues);
            }
        }

        var loaded = specPaths.Select(path => results[path].Loaded).ToArray();
        var specs = results.Where(pair => pair.Value.Spec is not null).ToDictionary(pair => pair.Key, pair => pair.Value.Spec!, StringComparer.Ordinal);
        return new RevisionSpecs(commit, loaded, specs);
    }

    private SpecResult LoadOne(
        string path, Dictionary<string, byte[]?> files, IReadOnlyList<string> envFiles,
        Dictionary<string, (EnvFile? File, string? Error)> envValues)
    {
        if (files.GetValueOrDefault(path) is not { } content)
        {
            return new SpecResult(LoadedSpec.Failed(path, [$"{path}: cannot read the spec file from the commit"]), null, []);
        }

        var variables = new VariableSource(_environment);
        foreach (var envFile in envFiles)
        {
            var (file, error) = envValues[envFile];
            if (error is not null)
            {
                return new SpecResult(LoadedSpec.Failed(path, [error]), null, []);
            }

            variables = variables.WithEnvFile(file!);
        }

        var reads = new List<string>();
        var missing = new List<string>();
        var result = SpecLoader.Load(Encoding.UTF8.GetString(content), path, variables, RootDirectory, fullPath => ReadIncluded(fullPath, files, reads, missing));
        if (result.Spec is not { } spec)
        {
            return new SpecResult(LoadedSpec.Failed(path, result.Diagnostics.Errors.Select(error => error.ToString()).ToArray(), reads), null, missing);
        }

        return new SpecResult(LoadedSpec.Valid(path, spec.Kind, SpecNames.DeployedName(spec), reads), spec, missing);
    }

    private string? ReadIncluded(string fullPath, Dictionary<string, byte[]?> files, List<string> reads, List<string> missing)
    {
        var relative = Path.GetRelativePath(RootDirectory, fullPath).Replace('\\', '/');
        if (relative.StartsWith("../", StringComparison.Ordinal) || Path.IsPathRooted(relative))
        {
            // Outside the repository: never read the agent's own disk.
            return null;
        }

        reads.Add(relative);
        if (!files.TryGetValue(relative, out var content))
        {
            missing.Add(relative);
            return null;
        }

        return content is null ? null : Encoding.UTF8.GetString(content);
    }

    private static (EnvFile?, string?) ParseEnv(string path, byte[]? content)
    {
        if (content is null)
        {
            return (null, $"{path}: cannot read the env file from the commit");
        }

        var file = EnvFile.Parse(Encoding.UTF8.GetString(content));
        if (file.InvalidLines.Count > 0)
        {
            // python-dotenv would skip these lines with a warning; unattended, a skipped line would deploy
            // without its value, so the specs that read the file wait for a commit that fixes it.
            var lines = (file.InvalidLines.Count == 1 ? "line " : "lines ") + string.Join(", ", file.InvalidLines);
            return (null, $"{path}: {lines}: cannot be parsed as python-dotenv reads an env file; fix it (python-dotenv would skip it)");
        }

        return (file, null);
    }

    private async Task<Dictionary<string, byte[]?>> ReadAsync(string commit, IReadOnlyList<string> paths, CancellationToken cancellationToken)
    {
        var files = await _git.ReadFilesAsync(commit, paths, cancellationToken);
        return files.ToDictionary(file => file.Path, file => file.Content, StringComparer.Ordinal);
    }

    private sealed record SpecResult(LoadedSpec Loaded, Spec? Spec, IReadOnlyList<string> Missing);
}
