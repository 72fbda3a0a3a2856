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
        var (size, bytes) = Size(layout);
        var spec = new DiskLayoutSpec
        {
            Driver = driver ?? "",
            Size = size ?? "",
            SizeBytes = bytes,
            From = from ?? new DiskSourceSpec { Type = DiskSourceType.Img },
            Disk = DiskReader.Read(layout),
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

    /// <summary>
    /// Required for every type, as in the original, and checked as a size (the original did not check it: 13.10).
    /// An image needs it too: without <c>disk0_size</c> vm-bhyve's <c>core::create</c> (lib/vm-core) takes 20G and
    /// <c>core::write_img</c> resizes the image to it with <c>qemu-img resize</c>, which fails on a larger image.
    /// </summary>
    private static (string?, long) Size(MappingReader layout)
    {
        if (layout.Text("size", required: true, scalarsAsText: true) is not { } size)
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
