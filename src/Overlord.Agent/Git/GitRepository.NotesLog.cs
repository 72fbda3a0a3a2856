using System.Text;

namespace Overlord.Agent.Git;

public sealed partial class GitRepository
{
    /// <summary>
    /// The notes of the newest <paramref name="maxCount"/> first-parent commits from <paramref name="revision"/> with
    /// the repository opened once, newest first; commits without a note come back with an empty text.
    /// </summary>
    public Task<IReadOnlyList<(string Commit, string Note)>> NotesLogAsync(string notesRef, string revision, int maxCount, CancellationToken cancellationToken)
    {
        RequireRevision(revision);
        return RunAsync<IReadOnlyList<(string, string)>>(
            $"log --first-parent --max-count={maxCount} --notes={notesRef} {revision}",
            repository =>
            {
                var notes = NotesTree.Tip(repository, notesRef)?.Tree;
                return [.. FirstParents(RequireCommit(repository, revision), maxCount).Select(commit => (commit.Sha, NoteText(notes, commit.Sha)))];
            },
            cancellationToken);
    }

    private static string NoteText(LibGit2Sharp.Tree? notes, string sha) =>
        notes is not null && NotesTree.FindPath(notes, sha) is { } path
            ? ((LibGit2Sharp.Blob)notes[path].Target).GetContentText(Encoding.UTF8)
            : string.Empty;
}
