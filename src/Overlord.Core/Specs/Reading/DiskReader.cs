using Overlord.Core.Validation;
using Overlord.Core.Yaml;

namespace Overlord.Core.Specs.Reading;

/// <summary>Reads <c>diskLayout.disk</c>: the gpt scheme, its partitions and the boot code.</summary>
internal static class DiskReader
{
    public static DiskSpec? Read(MappingReader layout)
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
}
