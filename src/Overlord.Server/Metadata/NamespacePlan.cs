using System.Text;
using Overlord.Client.Contract;
using Overlord.Core;
using Overlord.Core.Names;

namespace Overlord.Server.Metadata;

/// <summary>
/// A namespace mapping checked and resolved before anything is written: every path confined to the namespace,
/// short enough for the file system and free of NUL, no path both a file and a folder, every metadata value read.
/// What the original only found while writing (a 500 and half a namespace, issue 11.6) is refused here.
/// </summary>
internal sealed class NamespacePlan
{
    // FreeBSD's PATH_MAX (with its NUL) and NAME_MAX: the smallest of the systems a node runs on.
    private const int MaxPathBytes = 1023;
    private const int MaxNameBytes = 255;

    private NamespacePlan(IReadOnlyList<NamespaceStep> steps, IReadOnlyList<string> parents)
    {
        Steps = steps;
        Parents = parents;
    }

    /// <summary>The items in mapping order, each with its path relative to the namespace.</summary>
    public IReadOnlyList<NamespaceStep> Steps { get; }

    /// <summary>Folders no item names but some item's path goes through, parents first.</summary>
    public IReadOnlyList<string> Parents { get; }

    /// <summary>
    /// Resolves <paramref name="mapping"/> for a namespace written at <paramref name="root"/> and, first, at
    /// <paramref name="staging"/> (the longer of the two bounds the path length). Throws an
    /// <see cref="OverlordException"/> with <see cref="ExitCodes.DataError"/> naming the item on a bad one.
    /// </summary>
    public static async Task<NamespacePlan> CreateAsync(
        string root,
        string staging,
        IReadOnlyList<NamespaceMappingItem> mapping,
        MetadataStore metadata,
        CancellationToken cancellationToken)
    {
        var longestRoot = Math.Max(Encoding.UTF8.GetByteCount(Path.GetFullPath(root)), Encoding.UTF8.GetByteCount(Path.GetFullPath(staging)));
        var steps = new List<NamespaceStep>();
        var files = new HashSet<string>(StringComparer.Ordinal);
        var folders = new HashSet<string>(StringComparer.Ordinal);
        var parents = new List<string>();
        for (var index = 0; index < mapping.Count; index++)
        {
            var item = mapping[index];
            var name = $"namespace.mapping.<item#{index}>";
            var filePath = item.File?[1];
            var written = filePath ?? item.Directory
                ?? throw Refused($"'{name}.file' or '{name}.directory' is required but hasn't been specified.");
            var relative = Relative(root, written, name, longestRoot);
            var isFile = filePath is not null;
            if (isFile ? relative == "." || folders.Contains(relative) : files.Contains(relative))
            {
                throw Refused(relative == "." ? $"{name}.file: '{written}' is the namespace itself, not a file of it." : $"{name}: '{relative}' is both a file and a folder of the namespace.");
            }

            foreach (var parent in Ancestors(relative))
            {
                if (files.Contains(parent))
                {
                    throw Refused($"{name}: '{relative}' is inside '{parent}', which is a file of the namespace.");
                }

                if (folders.Add(parent))
                {
                    parents.Add(parent);
                }
            }

            (isFile ? files : folders).Add(relative);
            var content = isFile ? await ContentAsync(item.File?[0], metadata, cancellationToken) : null;
            steps.Add(new NamespaceStep(index, item, relative, content));
        }

        var named = steps.Where(step => step.Content is null).Select(step => step.RelativePath).ToHashSet(StringComparer.Ordinal);
        return new NamespacePlan(steps, [.. parents.Where(parent => !named.Contains(parent))]);
    }

    /// <summary>The original's clear_path: a leading slash is dropped and the result must stay inside the namespace.</summary>
    private static string Confine(string root, string relative)
    {
        var basePath = Path.GetFullPath(root);
        var full = Path.GetFullPath(Path.Combine(basePath, relative.TrimStart('/')));
        if (full != basePath && !full.StartsWith(basePath + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw Refused($"'{relative.TrimStart('/')}' is not a path of '{root}'");
        }

        return full;
    }

    private static string Relative(string root, string written, string name, int longestRoot)
    {
        // .NET refuses a NUL with an ArgumentException, the kernel would cut the name at it: neither is a 500.
        if (written.Contains('\0', StringComparison.Ordinal))
        {
            throw Refused($"{name}: a path cannot hold a NUL character.");
        }

        var relative = Path.GetRelativePath(Path.GetFullPath(root), Confine(root, written));
        if (relative.Split('/').Any(part => Encoding.UTF8.GetByteCount(part) > MaxNameBytes))
        {
            throw Refused($"{name}: a name in the path is longer than {MaxNameBytes} bytes, the longest file name.");
        }

        if (longestRoot + 1 + Encoding.UTF8.GetByteCount(relative) > MaxPathBytes)
        {
            throw Refused($"{name}: the path is too long; a namespace path may be {MaxPathBytes - longestRoot - 1} bytes long on this node.");
        }

        return relative;
    }

    private static async Task<string> ContentAsync(string? key, MetadataStore metadata, CancellationToken cancellationToken) =>
        (key is not null && NamePatterns.IsStoredMetadataKey(key) ? await metadata.GetAsync(key, cancellationToken) : null)
        ?? throw Refused($"{key}: metadata not found.");

    private static IEnumerable<string> Ancestors(string relative)
    {
        var parts = relative.Split('/');
        for (var length = 1; length < parts.Length; length++)
        {
            yield return string.Join('/', parts[..length]);
        }
    }

    private static OverlordException Refused(string message) => new(message, ExitCodes.DataError);
}
