namespace Overlord.Agent.Notes;

/// <summary>
/// The ref naming rules of <c>git notes --ref</c>: <c>X</c> and <c>notes/X</c> become <c>refs/notes/X</c>,
/// <c>refs/notes/X</c> stays, any other name gets <c>refs/notes/</c> in front. Also the remote-tracking name
/// fetched notes are kept under before they are merged.
/// </summary>
public static class NotesRefName
{
    public const string Prefix = "refs/notes/";

    private const string TrackingPrefix = Prefix + "remotes/";

    public static bool TryNormalize(string name, out string fullRef, out string? error)
    {
        fullRef = name.StartsWith(Prefix, StringComparison.Ordinal) ? name
            : name.StartsWith("notes/", StringComparison.Ordinal) ? "refs/" + name
            : Prefix + name;
        error = FormatError(fullRef);
        if (error is null && (fullRef + "/").StartsWith(TrackingPrefix, StringComparison.Ordinal))
        {
            error = $"'{fullRef}' is inside {TrackingPrefix}, where fetched notes of remotes are kept";
        }

        return error is null;
    }

    public static string Normalize(string name) =>
        TryNormalize(name, out var fullRef, out var error) ? fullRef : throw new ArgumentException(error, nameof(name));

    /// <summary>Where the notes of <paramref name="remote"/> are fetched to: <c>refs/notes/remotes/&lt;remote&gt;/&lt;name&gt;</c>.</summary>
    public static string TrackingRef(string fullRef, string remote) => $"{TrackingPrefix}{remote}/{fullRef[Prefix.Length..]}";

    // The rules of git check-ref-format that a configured name can break.
    private static string? FormatError(string fullRef)
    {
        if (fullRef.Length == Prefix.Length)
        {
            return "the notes ref name is empty";
        }

        foreach (var component in fullRef.Split('/'))
        {
            if (component.Length == 0 || component[0] == '.' || component.EndsWith(".lock", StringComparison.Ordinal))
            {
                return $"'{fullRef}' has an empty component or one that starts with '.' or ends with '.lock'";
            }
        }

        var bad = fullRef.Contains("..", StringComparison.Ordinal) || fullRef.Contains("@{", StringComparison.Ordinal)
            || fullRef.Any(c => char.IsControl(c) || c is ' ' or '~' or '^' or ':' or '?' or '*' or '[' or '\\');
        return bad ? $"'{fullRef}' contains a character sequence git does not allow in ref names" : null;
    }
}
