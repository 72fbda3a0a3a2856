using LibGit2Sharp;

namespace Overlord.Agent.Git;

/// <summary>
/// Reads the tree of a notes commit as git lays it out: one blob per annotated object, named by its sha, either
/// flat or split into folders of two hex digits ("fanout", which git uses once a notes ref holds many notes).
/// </summary>
internal static class NotesTree
{
    /// <summary>The path of the note of <paramref name="sha"/> in <paramref name="tree"/>, or null when it has none.</summary>
    public static string? FindPath(Tree tree, string sha) => FindPath(tree, sha, "");

    /// <summary>Every note in the tree: the annotated sha and the note's blob.</summary>
    public static Dictionary<string, ObjectId> ReadAll(Tree? tree)
    {
        var notes = new Dictionary<string, ObjectId>(StringComparer.Ordinal);
        if (tree is not null)
        {
            Collect(tree, "", notes);
        }

        return notes;
    }

    /// <summary>The tip commit of a notes ref, or null when the ref does not exist.</summary>
    public static Commit? Tip(Repository repository, string notesRef) =>
        repository.Refs[notesRef]?.ResolveToDirectReference()?.Target as Commit;

    private static string? FindPath(Tree tree, string rest, string prefix)
    {
        if (tree[rest] is { TargetType: TreeEntryTargetType.Blob })
        {
            return prefix + rest;
        }

        return rest.Length > 2 && tree[rest[..2]] is { TargetType: TreeEntryTargetType.Tree } folder
            ? FindPath((Tree)folder.Target, rest[2..], prefix + rest[..2] + "/")
            : null;
    }

    private static void Collect(Tree tree, string prefix, Dictionary<string, ObjectId> notes)
    {
        foreach (var entry in tree)
        {
            if (entry.TargetType == TreeEntryTargetType.Tree && entry.Name.Length == 2)
            {
                Collect((Tree)entry.Target, prefix + entry.Name, notes);
            }
            else if (entry.TargetType == TreeEntryTargetType.Blob)
            {
                notes[prefix + entry.Name] = entry.Target.Id;
            }
        }
    }
}
