namespace Overlord.Agent.Git;

public sealed partial class GitCli
{
    /// <summary>
    /// The notes of the newest <paramref name="maxCount"/> first-parent commits from <paramref name="revision"/> in one
    /// git process, newest first; commits without a note come back with an empty text.
    /// </summary>
    public async Task<IReadOnlyList<(string Commit, string Note)>> NotesLogAsync(string notesRef, string revision, int maxCount, CancellationToken cancellationToken)
    {
        RequireRevision(revision);
        var output = await RunCheckedAsync(
            ["log", "--first-parent", "-z", "--no-color", $"--max-count={maxCount}", $"--notes={notesRef}", "--format=%H%x1f%N", revision, "--"],
            cancellationToken);
        var notes = new List<(string, string)>();
        foreach (var record in output.Split('\0', StringSplitOptions.RemoveEmptyEntries))
        {
            var separator = record.IndexOf('\x1f', StringComparison.Ordinal);
            if (separator > 0)
            {
                notes.Add((record[..separator].Trim(), record[(separator + 1)..]));
            }
        }

        return notes;
    }
}
