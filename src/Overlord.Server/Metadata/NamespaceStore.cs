using System.Security.Cryptography;
using Overlord.Client.Contract;
using Overlord.Core;
using Overlord.Core.Names;

namespace Overlord.Server.Metadata;

/// <summary>
/// Namespaces: folders under the namespaces location whose files are copies of metadata values, so a
/// jail can mount a ready tree of configuration. Paths are confined to the namespace's folder.
/// A namespace is written whole in a hidden staging folder and renamed into place, so a refused or failed
/// write leaves nothing behind and a PUT keeps the old namespace until the new one is complete (issue 11.6).
/// </summary>
public sealed class NamespaceStore : IDisposable
{
    // What the original got from a 022 umask; 0777 and 0666 made every namespace world-writable (issue 10.3).
    private const UnixFileMode FolderMode = (UnixFileMode)0x1ED; // 0755
    private const int DefaultUmask = 0x12; // 022
    private const int FullFolderMode = 0x1FF; // 0777
    private const int FullFileMode = 0x1B6; // 0666

    private readonly MetadataOptions _options;
    private readonly MetadataStore _metadata;
    private readonly FileOwnership _ownership;

    // One write at a time: two of them would race on the rename into place.
    private readonly SemaphoreSlim _writes = new(1, 1);

    public NamespaceStore(MetadataOptions options, MetadataStore metadata, FileOwnership ownership)
    {
        _options = options;
        _metadata = metadata;
        _ownership = ownership;
    }

    public string Location => _options.Namespaces;

    /// <summary>The namespaces; staging folders (hidden, never a valid name) are not among them.</summary>
    public IReadOnlyList<string> List() => Directory.Exists(Location)
        ? Directory.EnumerateDirectories(Location).Select(Path.GetFileName).OfType<string>().Where(NamePatterns.IsStoredMetadataKey).Order(StringComparer.Ordinal).ToList()
        : [];

    public bool Exists(string name) => NamePatterns.IsStoredMetadataKey(name) && Directory.Exists(Path.Combine(Location, name));

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
    public Task CreateAsync(string name, IReadOnlyList<NamespaceMappingItem> mapping, CancellationToken cancellationToken) =>
        WriteAsync(name, mapping, replace: false, cancellationToken);

    /// <summary>PUT: writes the namespace again from the mapping, replacing the old one once the new one is complete.</summary>
    public Task ReplaceAsync(string name, IReadOnlyList<NamespaceMappingItem> mapping, CancellationToken cancellationToken) =>
        WriteAsync(name, mapping, replace: true, cancellationToken);

    public void Dispose() => _writes.Dispose();

    public bool Delete(string name)
    {
        if (!Exists(name))
        {
            return false;
        }

        RemoveTree(Path.Combine(Location, name));
        return true;
    }

    private async Task WriteAsync(string name, IReadOnlyList<NamespaceMappingItem> mapping, bool replace, CancellationToken cancellationToken)
    {
        if (!NamePatterns.IsStoredMetadataKey(name))
        {
            throw new OverlordException($"{name}: invalid namespace name.", ExitCodes.DataError);
        }

        await _writes.WaitAsync(cancellationToken);
        try
        {
            var root = Path.Combine(Location, name);
            if (!replace && Directory.Exists(root))
            {
                return;
            }

            var staging = Path.Combine(Location, HiddenName("staging"));
            var plan = await NamespacePlan.CreateAsync(root, staging, mapping, _metadata, cancellationToken);
            Directory.CreateDirectory(Location);
            try
            {
                await BuildAsync(staging, plan, cancellationToken);
                MoveIntoPlace(staging, root);
            }
            catch
            {
                RemoveTree(staging);
                throw;
            }
        }
        finally
        {
            _writes.Release();
        }
    }

    /// <summary>Writes every folder and file first, then sets modes and owners, so a read-only folder never blocks a write inside it.</summary>
    private static async Task BuildAsync(string staging, NamespacePlan plan, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(staging, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        foreach (var step in plan.Steps)
        {
            var path = Path.Combine(staging, step.RelativePath);
            if (step.Content is null)
            {
                Directory.CreateDirectory(path, FolderMode);
            }
            else
            {
                Directory.CreateDirectory(Path.GetDirectoryName(path)!, FolderMode);
                await File.WriteAllTextAsync(path, step.Content, cancellationToken);
            }
        }

        // Set explicitly: the node's own umask may differ from the 022 these modes stand for.
        File.SetUnixFileMode(staging, FolderMode);
        foreach (var parent in plan.Parents)
        {
            File.SetUnixFileMode(Path.Combine(staging, parent), FolderMode);
        }

        foreach (var step in plan.Steps)
        {
            var umask = step.Item.Umask ?? DefaultUmask;
            var mode = step.Item.Mode ?? ((step.Content is null ? FullFolderMode : FullFileMode) & ~umask);
            File.SetUnixFileMode(Path.Combine(staging, step.RelativePath), (UnixFileMode)mode);
            if (await FileOwnership.ChownAsync(staging, step.RelativePath, step.Item.Owner?.ToString(), step.Item.Group?.ToString(), cancellationToken) is { } refused)
            {
                throw new OverlordException($"namespace.mapping.<item#{step.Index}>: {refused}", ExitCodes.DataError);
            }
        }
    }

    private static void MoveIntoPlace(string staging, string root)
    {
        if (!Directory.Exists(root))
        {
            Directory.Move(staging, root);
            return;
        }

        var old = Path.Combine(Path.GetDirectoryName(staging)!, HiddenName("old"));
        Directory.Move(root, old);
        Directory.Move(staging, root);
        RemoveTree(old);
    }

    /// <summary>Removes a folder tree, even one a mapping made read-only (which only root could delete as it was).</summary>
    private static void RemoveTree(string path)
    {
        if (!Directory.Exists(path))
        {
            return;
        }

        try
        {
            Directory.Delete(path, recursive: true);
        }
        catch (UnauthorizedAccessException)
        {
            MakeWritable(path);
            Directory.Delete(path, recursive: true);
        }
    }

    // Each folder is opened up before it is listed: a folder of mode 0 cannot be listed.
    private static void MakeWritable(string folder)
    {
        File.SetUnixFileMode(folder, File.GetUnixFileMode(folder) | UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        foreach (var child in Directory.EnumerateDirectories(folder))
        {
            MakeWritable(child);
        }
    }

    private static string HiddenName(string prefix) => $".{prefix}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4))}";
}
