namespace Overlord.Core.Config;

/// <summary>The rules of <c>git check-ref-format</c>, with the broken rule said in words.</summary>
public static class GitRefName
{
    /// <summary>The problem with a full ref name (<c>refs/heads/main</c>), or null when git accepts it.</summary>
    public static string? Problem(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Length == 0)
        {
            return "a ref name cannot be empty";
        }

        if (name == "@")
        {
            return "a ref name cannot be the single character '@'";
        }

        if (name.StartsWith('/') || name.EndsWith('/') || name.Contains("//", StringComparison.Ordinal))
        {
            return "a ref name cannot start or end with '/' or hold two '/' in a row";
        }

        if (name.EndsWith('.'))
        {
            return "a ref name cannot end with '.'";
        }

        if (name.Contains("..", StringComparison.Ordinal) || name.Contains("@{", StringComparison.Ordinal))
        {
            return "a ref name cannot hold '..' or '@{'";
        }

        foreach (var c in name)
        {
            if (c < 0x20 || c == 0x7f)
            {
                return $"a ref name cannot hold control characters (0x{(int)c:x2})";
            }

            if (" ~^:?*[\\".Contains(c, StringComparison.Ordinal))
            {
                var shown = c == ' ' ? "a space" : $"'{c}'";
                return $"a ref name cannot hold {shown} (nor spaces, ~ ^ : ? * [ or \\)";
            }
        }

        foreach (var component in name.Split('/'))
        {
            if (component.StartsWith('.'))
            {
                return $"no part of a ref name may start with '.' ('{component}')";
            }

            if (component.EndsWith(".lock", StringComparison.Ordinal))
            {
                return $"no part of a ref name may end with '.lock' ('{component}')";
            }
        }

        return null;
    }

    /// <summary>The full notes ref for a <c>--ref</c> value, as <c>git notes</c> expands it:
    /// <c>x</c> and <c>notes/x</c> become <c>refs/notes/x</c>; <c>refs/notes/x</c> stays; anything else gets <c>refs/notes/</c> in front.</summary>
    public static string ExpandNotesRef(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.StartsWith("refs/notes/", StringComparison.Ordinal))
        {
            return name;
        }

        return name.StartsWith("notes/", StringComparison.Ordinal) ? "refs/" + name : "refs/notes/" + name;
    }
}
