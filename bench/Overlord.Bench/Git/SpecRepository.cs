using System.Globalization;
using Overlord.Platform.Processes;

namespace Overlord.Bench.Git;

/// <summary>
/// A bare repository on disk (the agent's origin) and a working clone the operator pushes from, full of generated
/// metadata specs (<c>specs/specNNNNN.yml</c>) each selecting the nodes with one label (the agent's target is labelled <c>web</c>,
/// the tree's nodes <c>bench</c>; the 1,000-node tree's specs select its leaves or one group of them).
/// </summary>
public sealed class SpecRepository
{
    private static readonly Dictionary<string, string> Identity = new()
    {
        ["GIT_AUTHOR_NAME"] = "Bench",
        ["GIT_AUTHOR_EMAIL"] = "bench@example.org",
        ["GIT_COMMITTER_NAME"] = "Bench",
        ["GIT_COMMITTER_EMAIL"] = "bench@example.org",
    };

    private readonly string _work;
    private readonly IReadOnlyList<string> _labels;

    private SpecRepository(string origin, string work, IReadOnlyList<string> labels)
    {
        Origin = origin;
        _work = work;
        _labels = labels;
    }

    /// <summary>The bare repository's path, as the agent's <c>repository:</c> and webhooks name it.</summary>
    public string Origin { get; }

    /// <summary>The last commit pushed.</summary>
    public string Head { get; private set; } = "";

    /// <summary>Creates the repository with <paramref name="specs"/> specs, each selecting the nodes labelled <paramref name="label"/>, in one pushed commit.</summary>
    public static Task<SpecRepository> CreateAsync(string directory, int specs, string label, CancellationToken cancellationToken) =>
        CreateAsync(directory, Enumerable.Repeat(label, specs).ToList(), cancellationToken);

    /// <summary>Creates the repository with one spec per label of <paramref name="labels"/>: spec N selects the nodes labelled <c>labels[N - 1]</c>.</summary>
    public static async Task<SpecRepository> CreateAsync(string directory, IReadOnlyList<string> labels, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(labels);
        var specs = labels.Count;
        var repository = new SpecRepository(Path.Combine(directory, "origin.git"), Path.Combine(directory, "work"), labels);
        Directory.CreateDirectory(Path.Combine(repository._work, "specs"));
        await GitAsync(directory, cancellationToken, "init", "-q", "--bare", "-b", "main", repository.Origin);
        await GitAsync(repository._work, cancellationToken, "init", "-q", "-b", "main");
        await GitAsync(repository._work, cancellationToken, "remote", "add", "origin", repository.Origin);
        for (var i = 1; i <= specs; i++)
        {
            repository.WriteSpec(i, "first");
        }

        await repository.PushAsync($"{specs} specs", cancellationToken);
        return repository;
    }

    /// <summary>Changes the value of one spec's metadata, commits and pushes; returns the new commit.</summary>
    public async Task<string> ChangeAsync(int spec, string value, CancellationToken cancellationToken)
    {
        WriteSpec(spec, value);
        return await PushAsync($"spec {spec}: {value}", cancellationToken);
    }

    private void WriteSpec(int spec, string value)
    {
        var key = "spec" + spec.ToString("D5", CultureInfo.InvariantCulture);
        File.WriteAllText(
            Path.Combine(_work, "specs", key + ".yml"),
            $"kind: metadata\ndatacenters:\n  main: {{}}\ndeployIn:\n  labels: [{_labels[spec - 1]}]\nmetadata:\n  {key}: '{value}'\n");
    }

    private async Task<string> PushAsync(string message, CancellationToken cancellationToken)
    {
        await GitAsync(_work, cancellationToken, "add", "-A");
        await GitAsync(_work, cancellationToken, "commit", "-q", "-m", message);
        await GitAsync(_work, cancellationToken, "push", "-q", "origin", "HEAD:main");
        Head = (await GitAsync(_work, cancellationToken, "rev-parse", "HEAD")).Trim();
        return Head;
    }

    private static async Task<string> GitAsync(string directory, CancellationToken cancellationToken, params string[] args)
    {
        var options = new ToolRunOptions { WorkingDirectory = directory, Environment = Identity, Timeout = TimeSpan.FromMinutes(2) };
        var result = await ToolRunner.RunAsync("git", args, options, cancellationToken);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"git {string.Join(' ', args)}: {result.StdErr}");
        }

        return result.StdOut;
    }
}
