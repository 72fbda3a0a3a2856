using System.Text;
using LibGit2Sharp;

namespace Overlord.Agent.Git;

/// <summary>
/// The tree of a three-way notes merge with git's <c>cat_sort_uniq</c> strategy: per annotated object, a note
/// changed on one side only takes that side; changed on both, the lines of both, sorted and each kept once.
/// </summary>
internal static class NotesMerge
{
    public static Tree CatSortUniq(Repository repository, Tree? mergeBase, Tree ours, Tree theirs)
    {
        var baseNotes = NotesTree.ReadAll(mergeBase);
        var ourNotes = NotesTree.ReadAll(ours);
        var theirNotes = NotesTree.ReadAll(theirs);
        var definition = new TreeDefinition();
        foreach (var sha in ourNotes.Keys.Union(theirNotes.Keys).Order(StringComparer.Ordinal))
        {
            var merged = Merge(repository, baseNotes.GetValueOrDefault(sha), ourNotes.GetValueOrDefault(sha), theirNotes.GetValueOrDefault(sha));
            if (merged is not null)
            {
                definition.Add(sha, merged, Mode.NonExecutableFile);
            }
        }

        return repository.ObjectDatabase.CreateTree(definition);
    }

    private static ObjectId? Merge(Repository repository, ObjectId? original, ObjectId? ours, ObjectId? theirs)
    {
        if (ours == theirs || theirs == original)
        {
            return ours;
        }

        if (ours == original)
        {
            return theirs;
        }

        var lines = Lines(repository, ours).Concat(Lines(repository, theirs)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        var text = string.Concat(lines.Select(line => line + "\n"));
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
        return repository.ObjectDatabase.CreateBlob(stream).Id;
    }

    private static string[] Lines(Repository repository, ObjectId? note) =>
        note is null
            ? []
            : repository.Lookup<Blob>(note).GetContentText(Encoding.UTF8).Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
