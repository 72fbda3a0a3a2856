using Overlord.Core.Validation;
using Overlord.Core.Yaml;

namespace Overlord.Core.Specs.Reading;

/// <summary>Reads <c>diskLayout</c>: driver, size, from, disk and fstab.</summary>
internal static class DiskLayoutReader
{
    private static readonly string[] InstalledByNode = ["disk", "fstab"];

    public static DiskLayoutSpec Read(MappingReader root)
    {
        if (root.Mapping("diskLayout", required: true) is not { } layout)
        {
            return new DiskLayoutSpec { Driver = "", Size = "", From = new DiskSourceSpec { Type = DiskSourceType.Img } };
        }

        var driver = layout.Text("driver", required: true);
        if (driver is not null && !DiskLayoutSpec.Drivers.Contains(driver))
        {
            layout.Bag.Error(layout.Node["driver"]!, "diskLayout.driver", $"unknown driver '{driver}'; use one of: {string.Join(", ", DiskLayoutSpec.Drivers)}");
        }

        var from = DiskSourceReader.Read(layout);
        var (size, bytes) = Size(layout, required: from?.Type is not DiskSourceType.Img);
        var spec = new DiskLayoutSpec
        {
            Driver = driver ?? "",
            Size = size ?? "",
            SizeBytes = bytes,
            From = from ?? new DiskSourceSpec { Type = DiskSourceType.Img },
            Disk = Disk(layout),
            Fstab = Fstab(layout),
        };
        if (from?.Type is DiskSourceType.Components or DiskSourceType.AppjailImage or DiskSourceType.Pkgbase)
        {
            var type = SpecNames.ToText(from.Type);
            foreach (var key in InstalledByNode.Where(k => !layout.Has(k)))
            {
                layout.Bag.Error(layout.Node, $"diskLayout.{key}", $"is required when from.type is {type}: the node partitions, formats and fills the disk from it");
            }
        }

        layout.RejectUnknownKeys();
        return spec;
    }

    /// <summary>Checked as a size (the original did not check it: 13.10). An image may leave it out.</summary>
    private static (string?, long) Size(MappingReader layout, bool required)
    {
        if (layout.Text("size", required, scalarsAsText: true) is not { } size)
        {
            return (null, 0);
        }

        if (!ByteSize.IsDiskSize(size) || !ByteSize.TryParse(size, out var bytes) || bytes <= 0)
        {
            layout.Bag.Error(layout.Node["size"]!, "diskLayout.size", $"'{size}' is not a disk size; give a number with an optional unit k, m, g, t, p or e, as in 20G");
            return (null, 0);
        }

        return (size, bytes);
    }

    private static DiskSpec? Disk(MappingReader layout)
    {
        if (layout.Mapping("disk") is not { } disk)
        {
            return null;
        }

        var scheme = disk.Text("scheme", required: true);
        if (scheme is not null and not "gpt")
        {
            disk.Bag.Error(disk.Node["scheme"]!, "diskLayout.disk.scheme", $"unknown scheme '{scheme}'; only gpt is supported");
        }

        var partitions = new List<PartitionSpec>();
        if (SpecValues.NonEmptySequence(disk, "partitions") is { } items)
        {
            for (var i = 0; i < items.Items.Count; i++)
            {
                if (NodeValues.Mapping(items.Items[i], NodeValues.Item("diskLayout.disk.partitions", i), disk.Bag) is { } partition)
                {
                    partitions.Add(Partition(partition));
                }
            }
        }

        var spec = new DiskSpec { Scheme = scheme ?? "gpt", Partitions = partitions, Bootcode = Bootcode(disk) };
        disk.RejectUnknownKeys();
        return spec;
    }

    private static PartitionSpec Partition(MappingReader partition)
    {
        var spec = new PartitionSpec
        {
            Type = partition.Text("type", required: true) ?? "",
            Alignment = partition.Text("alignment", scalarsAsText: true),
            Start = partition.Text("start", scalarsAsText: true),
            Size = partition.Text("size", scalarsAsText: true),
            Label = partition.Text("label"),
            Format = Format(partition),
        };
        partition.RejectUnknownKeys();
        return spec;
    }

    private static PartitionFormatSpec? Format(MappingReader partition)
    {
        if (partition.Take("format") is not YamlNode node)
        {
            return null;
        }

        if (NodeValues.Mapping(node, partition.ChildPath("format"), partition.Bag) is not { } format)
        {
            return null;
        }

        if (format.Has("flags") && format.Has("script"))
        {
            format.Bag.Error(format.Node.KeyNode("script")!, format.ChildPath("script"), "give either flags (for newfs) or script, not both");
        }

        var spec = new PartitionFormatSpec { Flags = format.Text("flags"), Script = format.Text("script") };
        format.RejectUnknownKeys();
        return spec;
    }

    private static BootcodeSpec? Bootcode(MappingReader disk)
    {
        if (disk.Mapping("bootcode") is not { } bootcode)
        {
            return null;
        }

        var spec = new BootcodeSpec
        {
            Bootcode = bootcode.Text("bootcode"),
            Partcode = bootcode.Text("partcode"),
            Index = bootcode.WholeNumber("index", min: 0),
        };
        if (bootcode.Has("partcode") != bootcode.Has("index"))
        {
            var missing = bootcode.Has("partcode") ? "index" : "partcode";
            bootcode.Bag.Error(bootcode.Node, bootcode.ChildPath(missing), "is required: partcode and index go together (the partition index the partcode is written to)");
        }

        bootcode.RejectUnknownKeys();
        return spec;
    }

    private static List<FstabEntrySpec> Fstab(MappingReader layout)
    {
        var result = new List<FstabEntrySpec>();
        if (SpecValues.NonEmptySequence(layout, "fstab") is not { } items)
        {
            return result;
        }

        for (var i = 0; i < items.Items.Count; i++)
        {
            if (NodeValues.Mapping(items.Items[i], NodeValues.Item("diskLayout.fstab", i), layout.Bag) is not { } entry)
            {
                continue;
            }

            result.Add(new FstabEntrySpec
            {
                Device = entry.Text("device", required: true) ?? "",
                Mountpoint = entry.Text("mountpoint", required: true) ?? "",
                Type = entry.Text("type", required: true) ?? "",
                Options = entry.Text("options", required: true) ?? "",
                Dump = entry.WholeNumber("dump", required: true, min: 0) ?? 0,
                Pass = entry.WholeNumber("pass", required: true, min: 0) ?? 0,
            });
            entry.RejectUnknownKeys();
        }

        return result;
    }
}
