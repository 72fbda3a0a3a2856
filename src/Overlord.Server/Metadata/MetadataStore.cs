using System.Text;
using Overlord.Core;
using Overlord.Core.Names;

namespace Overlord.Server.Metadata;

/// <summary>
/// Metadata as plain files, one per key, because Makejails read them through ${OVERLORD_METADATA}.
/// Writes go to a temporary file that is flushed to disk and renamed over the old one, so a reader
/// (or a crash) never sees half a value; the original wrote in place.
/// </summary>
public sealed class MetadataStore
{
    private readonly MetadataOptions _options;

    public MetadataStore(MetadataOptions options)
    {
        _options = options;
    }

    /// <summary>The folder of the files.</summary>
    public string Location => _options.Location;

    public IReadOnlyList<string> List()
    {
        if (!Directory.Exists(Location))
        {
            return [];
        }

        return Directory.EnumerateFiles(Location)
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(NamePatterns.IsStoredMetadataKey)
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    public bool Exists(string key) => File.Exists(PathOf(key));

    /// <summary>The value, or null when the key does not exist.</summary>
    public async Task<string?> GetAsync(string key, CancellationToken cancellationToken)
    {
        var path = PathOf(key);
        try
        {
            return await File.ReadAllTextAsync(path, cancellationToken);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }

    /// <summary>POST: writes a new key; an existing key is left as it is (the original's behaviour).</summary>
    public async Task<MetadataWriteOutcome> CreateAsync(string key, string value, CancellationToken cancellationToken)
    {
        CheckSize(key, value);
        if (Exists(key))
        {
            return MetadataWriteOutcome.AlreadyExists;
        }

        await WriteAsync(key, value, cancellationToken);
        return MetadataWriteOutcome.Created;
    }

    /// <summary>PUT: replaces the value of an existing key, writing only when it changed.</summary>
    public async Task<MetadataWriteOutcome> UpdateAsync(string key, string value, CancellationToken cancellationToken)
    {
        CheckSize(key, value);
        var current = await GetAsync(key, cancellationToken);
        if (current is null)
        {
            return MetadataWriteOutcome.NotFound;
        }

        if (string.Equals(current, value, StringComparison.Ordinal))
        {
            return MetadataWriteOutcome.Unchanged;
        }

        await WriteAsync(key, value, cancellationToken);
        return MetadataWriteOutcome.Updated;
    }

    /// <summary>Writes a value whether or not the key exists (used by the node itself, e.g. autoscale).</summary>
    public Task SetAsync(string key, string value, CancellationToken cancellationToken)
    {
        CheckSize(key, value);
        return WriteAsync(key, value, cancellationToken);
    }

    public bool Delete(string key)
    {
        var path = PathOf(key);
        if (!File.Exists(path))
        {
            return false;
        }

        File.Delete(path);
        return true;
    }

    private string PathOf(string key)
    {
        if (!NamePatterns.IsStoredMetadataKey(key))
        {
            throw new OverlordException($"{key}: invalid key name.", ExitCodes.DataError);
        }

        return Path.Combine(Location, key);
    }

    private void CheckSize(string key, string value)
    {
        if (value.Length > _options.MaxSize)
        {
            throw new OverlordException($"{key}: metadata too long - {value.Length} > {_options.MaxSize}", ExitCodes.DataError);
        }
    }

    private async Task WriteAsync(string key, string value, CancellationToken cancellationToken)
    {
        var path = PathOf(key);
        Directory.CreateDirectory(Location);
        // Not named after the key: a 255-byte key (the longest a file name can be) plus a suffix is too long.
        var temporary = Path.Combine(Location, $".tmp-{Guid.NewGuid():N}");
        await using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 4096, FileOptions.Asynchronous))
        {
            await stream.WriteAsync(Encoding.UTF8.GetBytes(value), cancellationToken);
            await stream.FlushAsync(cancellationToken);
            stream.Flush(flushToDisk: true);
        }

        File.Move(temporary, path, overwrite: true);
    }
}
