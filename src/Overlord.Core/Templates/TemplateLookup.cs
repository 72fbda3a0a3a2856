using Overlord.Core.Diagnostics;
using Overlord.Core.Specs;

namespace Overlord.Core.Templates;

/// <summary>
/// Where <c>&lt;%include file="..."/&gt;</c> finds templates: the first of the lookup directories that has the file
/// (<c>--mako-directories</c>, <c>.</c> by default), as Mako's TemplateLookup. Unlike Mako, a path that leaves its
/// directory, by <c>..</c> or by a symbolic link, is refused.
/// </summary>
public sealed class TemplateLookup
{
    private readonly string? _refusal;

    private TemplateLookup(IReadOnlyList<string> directories, string? refusal)
    {
        Directories = directories;
        _refusal = refusal;
    }

    /// <summary>The lookup directories as full paths, in search order.</summary>
    public IReadOnlyList<string> Directories { get; }

    /// <summary>Looks in <paramref name="directories"/>, in order; relative ones are taken from <paramref name="workingDirectory"/>.</summary>
    public static TemplateLookup FromDirectories(IEnumerable<string> directories, string workingDirectory)
    {
        ArgumentNullException.ThrowIfNull(directories);
        return new TemplateLookup(directories.Select(directory => Path.GetFullPath(directory, workingDirectory)).ToList(), null);
    }

    /// <summary>A lookup where every include fails with <paramref name="reason"/>.</summary>
    public static TemplateLookup Refusing(string reason) => new([], reason);

    /// <summary>The text of the template at <paramref name="uri"/>, a relative path already checked to stay below its directory.</summary>
    internal string Read(string uri, Mark mark)
    {
        if (_refusal is not null)
        {
            throw new TemplateException(mark, $"cannot include '{uri}': {_refusal}");
        }

        foreach (var directory in Directories)
        {
            var path = Path.GetFullPath(uri, directory);
            if (!File.Exists(path))
            {
                continue;
            }

            var root = RealPath.Of(directory).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
            if (!RealPath.Of(path).StartsWith(root, StringComparison.Ordinal))
            {
                throw new TemplateException(mark, $"'{uri}' leaves the lookup directory {directory} through a symbolic link");
            }

            try
            {
                return File.ReadAllText(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new TemplateException(mark, $"cannot read the template '{uri}' in {directory}: {e.Message}");
            }
        }

        var searched = Directories.Count == 0 ? "there are none" : string.Join(", ", Directories);
        throw new TemplateException(mark, $"template '{uri}' not found in the lookup directories ({searched}); add one with --mako-directories");
    }

    /// <summary>
    /// The lookup path of <paramref name="file"/> as written in a template whose own path is <paramref name="relativeTo"/>:
    /// relative to that template's folder, or to the lookup directories when it starts with <c>/</c>. Null when it leaves them.
    /// </summary>
    internal static string? Resolve(string file, string relativeTo)
    {
        var folder = relativeTo.LastIndexOf('/') is var slash and >= 0 ? relativeTo[..slash] : "";
        var joined = file.StartsWith('/') ? file : $"{folder}/{file}";
        var parts = new List<string>();
        foreach (var part in joined.Split('/'))
        {
            if (part == "..")
            {
                if (parts.Count == 0)
                {
                    return null;
                }

                parts.RemoveAt(parts.Count - 1);
            }
            else if (part is not ("" or "."))
            {
                parts.Add(part);
            }
        }

        return parts.Count == 0 ? null : string.Join('/', parts);
    }
}
