using System.Text;
using LibGit2Sharp;

namespace Overlord.Agent.Git;

public sealed partial class GitRepository
{
    /// <summary>The note of a commit in a notes ref, or null when it has none.</summary>
    public Task<string?> ShowNoteAsync(string notesRef, string commit, CancellationToken cancellationToken)
    {
        RequireRevision(commit);
        return RunAsync(
            $"notes --ref={notesRef} show {commit}",
            repository =>
            {
                var target = RequireObject(repository, commit);
                var tree = NotesTree.Tip(repository, notesRef)?.Tree;
                return tree is not null && NotesTree.FindPath(tree, target.Sha) is { } path
                    ? ((Blob)tree[path].Target).GetContentText(Encoding.UTF8)
                    : null;
            },
            cancellationToken);
    }

    /// <summary>Sets the whole note of a commit in one notes commit, signed with the agent's identity.</summary>
    public Task WriteNoteAsync(string notesRef, string commit, string content, CancellationToken cancellationToken)
    {
        RequireRevision(commit);
        return RunAsync(
            $"notes --ref={notesRef} add --force {commit}",
            repository =>
            {
                var target = RequireObject(repository, commit);
                var tip = NotesTree.Tip(repository, notesRef);
                var definition = tip is null ? new TreeDefinition() : TreeDefinition.From(tip.Tree);
                var path = (tip is null ? null : NotesTree.FindPath(tip.Tree, target.Sha)) ?? target.Sha;
                definition.Add(path, CreateBlob(repository, content), Mode.NonExecutableFile);
                var tree = repository.ObjectDatabase.CreateTree(definition);
                var signature = AgentSignature();
                var note = repository.ObjectDatabase.CreateCommit(
                    signature, signature, "Notes added by 'git notes add'\n", tree, tip is null ? [] : [tip], prettifyMessage: false);
                MoveNotesRef(repository, notesRef, tip, note, "notes: Notes added by 'git notes add'");
                return true;
            },
            cancellationToken);
    }

    /// <summary>
    /// Merges another notes ref into <paramref name="notesRef"/> as <c>git notes merge -s cat_sort_uniq</c> does:
    /// a fast-forward when one side contains the other, otherwise a merge commit in which a note changed on both
    /// sides holds the lines of both, sorted, each once. It never conflicts.
    /// </summary>
    public Task MergeNotesAsync(string notesRef, string otherRef, CancellationToken cancellationToken) =>
        RunAsync(
            $"notes --ref={notesRef} merge -s cat_sort_uniq {otherRef}",
            repository =>
            {
                var theirs = NotesTree.Tip(repository, otherRef);
                var ours = NotesTree.Tip(repository, notesRef);
                if (theirs is null || ours?.Id == theirs.Id)
                {
                    return true;
                }

                var mergeBase = ours is null ? null : repository.ObjectDatabase.FindMergeBase(ours, theirs);
                if (ours is not null && mergeBase?.Id == theirs.Id)
                {
                    return true;
                }

                if (ours is null || mergeBase?.Id == ours.Id)
                {
                    MoveNotesRef(repository, notesRef, ours, theirs, "notes: Fast-forward");
                    return true;
                }

                var merged = NotesMerge.CatSortUniq(repository, mergeBase?.Tree, ours.Tree, theirs.Tree);
                var signature = AgentSignature();
                var commit = repository.ObjectDatabase.CreateCommit(
                    signature, signature, $"Merged notes from {otherRef} into {notesRef}\n", merged, [ours, theirs], prettifyMessage: false);
                MoveNotesRef(repository, notesRef, ours, commit, "notes: Merged notes");
                return true;
            },
            cancellationToken);

    private static Blob CreateBlob(Repository repository, string content)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(content));
        return repository.ObjectDatabase.CreateBlob(stream);
    }

    // Moves a notes ref from the tip read before (or creates it); a writer that moved it meanwhile makes this fail
    // rather than lose its commit.
    private static void MoveNotesRef(Repository repository, string notesRef, Commit? expected, Commit target, string logMessage)
    {
        var current = NotesTree.Tip(repository, notesRef);
        if (current?.Id != expected?.Id)
        {
            throw new LockedFileException($"cannot lock ref '{notesRef}': it moved while the note was written");
        }

        if (current is null)
        {
            repository.Refs.Add(notesRef, target.Id, logMessage, allowOverwrite: false);
        }
        else
        {
            repository.Refs.UpdateTarget(repository.Refs[notesRef], target.Id, logMessage);
        }
    }

    private static GitObject RequireObject(Repository repository, string revision) =>
        repository.Lookup(revision) ?? throw new NotFoundException($"unknown revision '{revision}'");
}
