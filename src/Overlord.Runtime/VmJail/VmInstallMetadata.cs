using System.Globalization;
using Overlord.Core.Specs;

namespace Overlord.Runtime.VmJail;

/// <summary>
/// What the install scripts read from the jail's <c>metadata/</c> (reference section 11, step 10): the node's metadata
/// the spec names, the script's <c>environment</c>, the partition table as
/// <c>overlord.diskLayout.disk.partitions.N.KEY</c> files and the fstab as <c>overlord.diskLayout.disk.fstab.N.KEY</c>;
/// and <c>run.sh</c>, the spec's script.
/// </summary>
internal static class VmInstallMetadata
{
    private const string DiskPrefix = "overlord.diskLayout.disk";

    public static async Task WriteAsync(VmJailFolder folder, VmJailSpec spec, string? nodeMetadata, CancellationToken cancellationToken)
    {
        RemoveDiskFiles(folder);
        foreach (var key in spec.EffectiveMetadata())
        {
            // As the original: a key the node does not have is left out, not an error.
            var source = nodeMetadata is null ? null : Path.Combine(nodeMetadata, key);
            if (source is not null && File.Exists(source))
            {
                await WriteAsync(folder, key, await File.ReadAllTextAsync(source, cancellationToken), cancellationToken);
            }
        }

        var exports = spec.ScriptEnvironment.SelectMany(pairs => pairs).Select(pair => "export " + ShellWords.Quote($"{pair.Key}={pair.Value}"));
        await WriteAsync(folder, "environment", string.Join('\n', [.. exports, "\n"]), cancellationToken);
        if (spec.DiskLayout.Disk is { } disk)
        {
            foreach (var (key, value) in DiskFiles(disk))
            {
                await WriteAsync(folder, key, value, cancellationToken);
            }
        }

        for (var index = 0; index < spec.DiskLayout.Fstab.Count; index++)
        {
            foreach (var (key, value) in FstabFiles(spec.DiskLayout.Fstab[index]))
            {
                await WriteAsync(folder, $"{DiskPrefix}.fstab.{index}.{key}", value, cancellationToken);
            }
        }

        await WriteScriptAsync(folder, spec.Script, cancellationToken);
    }

    /// <summary>An earlier run's layout must not add to this one's: the scripts read partitions until a number is missing.</summary>
    private static void RemoveDiskFiles(VmJailFolder folder)
    {
        if (Directory.Exists(folder.MetadataDirectory))
        {
            foreach (var file in Directory.EnumerateFiles(folder.MetadataDirectory, DiskPrefix + ".*"))
            {
                File.Delete(file);
            }
        }
    }

    private static IEnumerable<(string Key, string Value)> DiskFiles(DiskSpec disk)
    {
        yield return ($"{DiskPrefix}.scheme", disk.Scheme);
        for (var index = 1; index <= disk.Partitions.Count; index++)
        {
            var partition = disk.Partitions[index - 1];
            var prefix = $"{DiskPrefix}.partitions.{index}";
            yield return ($"{prefix}.type", partition.Type);
            foreach (var (key, value) in new[] { ("alignment", partition.Alignment), ("start", partition.Start), ("size", partition.Size), ("label", partition.Label) })
            {
                if (value is not null)
                {
                    yield return ($"{prefix}.{key}", value);
                }
            }

            if (partition.Format?.Flags is { } flags)
            {
                yield return ($"{prefix}.format.flags", flags);
            }
            else if (partition.Format?.Script is { } script)
            {
                yield return ($"{prefix}.format.script", script);
            }
        }

        if (disk.Bootcode is { } bootcode)
        {
            foreach (var (key, value) in new[] { ("bootcode", bootcode.Bootcode), ("partcode", bootcode.Partcode), ("index", bootcode.Index?.ToString(CultureInfo.InvariantCulture)) })
            {
                if (value is not null)
                {
                    yield return ($"{DiskPrefix}.bootcode.{key}", value);
                }
            }
        }
    }

    private static IEnumerable<(string Key, string Value)> FstabFiles(FstabEntrySpec entry) =>
    [
        ("device", entry.Device),
        ("mountpoint", entry.Mountpoint),
        ("type", entry.Type),
        ("options", entry.Options),
        ("dump", entry.Dump.ToString(CultureInfo.InvariantCulture)),
        ("pass", entry.Pass.ToString(CultureInfo.InvariantCulture)),
    ];

    /// <summary><c>run.sh</c> (mode 0555), which the installer runs inside the jail with the VM's disk on <c>/mnt</c>.</summary>
    private static async Task WriteScriptAsync(VmJailFolder folder, string? script, CancellationToken cancellationToken)
    {
        // A read-only run.sh of an earlier run cannot be opened for writing by a non-root node; replace it whole.
        File.Delete(folder.ScriptFile);
        if (script is null)
        {
            return;
        }

        await VmJailFolder.WriteDurablyAsync(folder.ScriptFile, script, cancellationToken);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(folder.ScriptFile, UnixFileMode.UserRead | UnixFileMode.UserExecute
                | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        }
    }

    private static Task WriteAsync(VmJailFolder folder, string name, string content, CancellationToken cancellationToken) =>
        VmJailFolder.WriteDurablyAsync(Path.Combine(folder.MetadataDirectory, name), content, cancellationToken);
}
