using System.Text.Json;
using Overlord.Agent.Git;
using Overlord.Agent.Notes;
using Overlord.Client.Contract;
using Overlord.Core.Config;

namespace Overlord.Agent.Hosting;

/// <summary>Reads what the notes in the cache clone say: one commit's, or the newest commits' of the watched branch.</summary>
public sealed class AgentHistoryReader
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 500;

    private readonly GitRepository _git;
    private readonly AgentConfig _config;

    public AgentHistoryReader(GitRepository git, AgentConfig config)
    {
        _git = git;
        _config = config;
    }

    /// <summary>Null when <paramref name="commit"/> names no commit the agent has fetched.</summary>
    public async Task<NotesHistoryView?> ReadAsync(string? commit, string? spec, int limit, CancellationToken cancellationToken)
    {
        if (!File.Exists(Path.Combine(_git.RepositoryPath, "HEAD")))
        {
            return commit is null ? new NotesHistoryView([]) : null;
        }

        var branch = _config.Branch.StartsWith("refs/heads/", StringComparison.Ordinal) ? _config.Branch : "refs/heads/" + _config.Branch;
        var start = commit is null ? await _git.RevParseAsync(branch, cancellationToken) : await ResolveAsync(commit, cancellationToken);
        if (start is null)
        {
            return commit is null ? new NotesHistoryView([]) : null;
        }

        var notes = await _git.NotesLogAsync(NotesRefName.Normalize(_config.NotesRef), start, commit is null ? limit : 1, cancellationToken);
        var commits = new List<CommitNotesView>();
        foreach (var (sha, note) in notes)
        {
            var lines = Parse(note);
            if (spec is not null)
            {
                lines = lines.Any(line => SpecOf(line) == spec) ? lines.Where(line => SpecOf(line) == spec || SpecOf(line) is null).ToList() : [];
            }

            if (lines.Count > 0)
            {
                commits.Add(new CommitNotesView(sha, lines));
            }
        }

        return new NotesHistoryView(commits);
    }

    private async Task<string?> ResolveAsync(string commit, CancellationToken cancellationToken) =>
        commit.Length == 0 || commit[0] == '-' ? null : await _git.RevParseAsync(commit + "^{commit}", cancellationToken);

    private static List<JsonElement> Parse(string note)
    {
        var lines = new List<JsonElement>();
        foreach (var line in note.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            try
            {
                using var document = JsonDocument.Parse(line);
                if (document.RootElement.ValueKind == JsonValueKind.Object)
                {
                    lines.Add(document.RootElement.Clone());
                }
            }
            catch (JsonException)
            {
                // A line someone else wrote by hand: not ours to show.
            }
        }

        return lines;
    }

    private static string? SpecOf(JsonElement line) =>
        line.TryGetProperty("spec", out var spec) && spec.ValueKind == JsonValueKind.String ? spec.GetString() : null;
}
