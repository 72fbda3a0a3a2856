using Overlord.Core;

namespace Overlord.Server.Metadata;

/// <summary>
/// Namespaces: folders under the namespaces location whose files are copies of metadata values, so a
/// jail can mount a ready tree of configuration. Paths are confined to the namespace's folder.
/// </summary>
public sealed class NamespaceStore
{
    private readonly MetadataOptions _options;
    private readonly MetadataStore _metadata;
    private readonly FileOwnership _ownership;

    public NamespaceStore(MetadataOptions options, MetadataStore metadata, FileOwnership ownership)
    {
        _options = options;
        _metadata = metadata;
        _ownership = ownership;
    }

    public string Location => _options.Namespaces;

    public IReadOnlyList<string> List() => Directory.Exists(Location)
        ? Directory.EnumerateDirectories(Location).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList()
        : [];

    public bool Exists(string name) => MetadataKeys.IsValid(name) && Directory.Exists(Path.Combine(Location, name));

    /// <summary>Every file and folder of the namespace, or null when it does not exist.</summary>
    public async Task<IReadOnlyList<NamespaceEntry>?> GetAsync(string name, CancellationToken cancellationToken)
    {
        if (!Exists(name))
        {
            return null;
        }

        var root = Path.Combine(Location, name);
        var paths = Directory.EnumerateFileSystemEntries(root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        return await _ownership.StatAsync(paths, cancellationToken);
    }

    /// <summary>POST: creates the namespace; an existing one is left as it is (the original's behaviour).</summary>
    public async Task CreateAsync(string name, IReadOnlyList<NamespaceMappingItem> mapping, CancellationToken cancellationToken)
    {
        if (Exists(name))
        {
            return;
        }

        await WriteAsync(name, mapping, cancellationToken);
    }

    /// <summary>PUT: removes the namespace and writes it again from the mapping.</summary>
    public async Task ReplaceAsync(string name, IReadOnlyList<NamespaceMappingItem> mapping, CancellationToken cancellationToken)
    {
        Delete(name);
        await WriteAsync(name, mapping, cancellationToken);
    }

    public bool Delete(string name)
    {
        if (!Exists(name))
        {
            return false;
        }

        Directory.Delete(Path.Combine(Location, name), recursive: true);
        return true;
    }

    private async Task WriteAsync(string name, IReadOnlyList<NamespaceMappingItem> mapping, CancellationToken cancellationToken)
    {
        if (!MetadataKeys.IsValid(name))
        {
            throw new OverlordException($"{name}: invalid namespace name.", ExitCodes.DataError);
        }

        var root = Path.Combine(Location, name);
        // Resolve every item before writing anything, so a bad item leaves no half-written namespace.
        var plan = new List<(NamespaceMappingItem Item, string Path, string? Content)>();
        foreach (var item in mapping)
        {
            var relative = item.FilePath ?? item.Directory
                ?? throw new OverlordException("a namespace mapping item needs 'file' or 'directory'", ExitCodes.DataError);
            var content = item.FilePath is null ? null
                : await _metadata.GetAsync(item.MetadataKey ?? "", cancellationToken)
                  ?? throw new OverlordException($"{item.MetadataKey}: metadata not found.", ExitCodes.DataError);
            plan.Add((item, Confine(root, relative), content));
        }

        Directory.CreateDirectory(root);
        foreach (var (item, path, content) in plan)
        {
            var umask = item.Umask ?? 0;
            if (content is null)
            {
                Directory.CreateDirectory(path);
                File.SetUnixFileMode(path, (UnixFileMode)((item.Mode ?? (0x1FF & ~umask)) & 0xFFF));
            }
            else
            {
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                await File.WriteAllTextAsync(path, content, cancellationToken);
                File.SetUnixFileMode(path, (UnixFileMode)((item.Mode ?? (0x1B6 & ~umask)) & 0xFFF));
            }

            if (item.Owner is not null || item.Group is not null)
            {
                await FileOwnership.ChownAsync(path, item.Owner, item.Group, cancellationToken);
            }
        }
    }

    /// <summary>The original's clear_path: a leading slash is dropped and the result must stay inside the namespace.</summary>
    internal static string Confine(string root, string relative)
    {
        var basePath = Path.GetFullPath(root);
        var full = Path.GetFullPath(Path.Combine(basePath, relative.TrimStart('/')));
        if (full != basePath && !full.StartsWith(basePath + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new OverlordException($"'{relative.TrimStart('/')}' is not a path of '{root}'", ExitCodes.DataError);
        }

        return full;
    }
}
