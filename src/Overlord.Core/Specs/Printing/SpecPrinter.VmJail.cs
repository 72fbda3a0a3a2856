using System.Text.Json.Nodes;

namespace Overlord.Core.Specs.Printing;

public static partial class SpecPrinter
{
    private static void AddVmJail(JsonObject result, VmJailSpec vm)
    {
        result["vmName"] = vm.VmName;
        AddIfSet(result, "makejail", vm.Makejail);
        AddIfSet(result, "makejailFromMetadata", vm.MakejailFromMetadata);
        result["template"] = Strings(vm.Template);
        result["diskLayout"] = DiskLayout(vm.DiskLayout);
        AddIfSet(result, "script", vm.Script);
        result["metadata"] = List(vm.EffectiveMetadata());
        result["options"] = new JsonArray(vm.Options.Select(o => (JsonNode?)Strings(o)).ToArray());
        result["script-environment"] = Environments(vm.ScriptEnvironment);
        result["start-environment"] = Environments(vm.StartEnvironment);
        result["start-arguments"] = Environments(vm.StartArguments);
        result["build-environment"] = Environments(vm.BuildEnvironment);
        result["build-arguments"] = Environments(vm.BuildArguments);
        var cloud = new JsonObject();
        if (vm.CloudInit is { } init)
        {
            AddIfSet(cloud, "flags", init.Flags);
            AddIfSet(cloud, "meta-data", init.MetaData?.DeepClone());
            AddIfSet(cloud, "user-data", init.UserData?.DeepClone());
            AddIfSet(cloud, "network-config", init.NetworkConfig?.DeepClone());
        }

        result["cloud-init"] = cloud;
        result["overwrite"] = vm.Overwrite;
        AddIfSet(result, "datastore", vm.Datastore);
        result["poweroff"] = vm.Poweroff;
    }

    private static JsonArray Environments(IReadOnlyList<IReadOnlyDictionary<string, string>> items) =>
        new(items.Select(i => (JsonNode?)Strings(i)).ToArray());

    private static JsonObject DiskLayout(DiskLayoutSpec layout)
    {
        var result = new JsonObject { ["driver"] = layout.Driver };
        AddIfSet(result, "size", layout.Size.Length == 0 ? null : layout.Size);
        result["from"] = Source(layout.From);
        if (layout.Disk is { } disk)
        {
            var partitions = new JsonArray();
            foreach (var partition in disk.Partitions)
            {
                var item = new JsonObject { ["type"] = partition.Type };
                AddIfSet(item, "alignment", partition.Alignment);
                AddIfSet(item, "start", partition.Start);
                AddIfSet(item, "size", partition.Size);
                AddIfSet(item, "label", partition.Label);
                if (partition.Format is { } format)
                {
                    var formatItem = new JsonObject();
                    AddIfSet(formatItem, "flags", format.Flags);
                    AddIfSet(formatItem, "script", format.Script);
                    item["format"] = formatItem;
                }

                partitions.Add((JsonNode)item);
            }

            var diskItem = new JsonObject { ["scheme"] = disk.Scheme, ["partitions"] = partitions };
            if (disk.Bootcode is { } bootcode)
            {
                var bootItem = new JsonObject();
                AddIfSet(bootItem, "bootcode", bootcode.Bootcode);
                AddIfSet(bootItem, "partcode", bootcode.Partcode);
                AddIfSet(bootItem, "index", bootcode.Index);
                diskItem["bootcode"] = bootItem;
            }

            result["disk"] = diskItem;
        }

        result["fstab"] = new JsonArray(layout.Fstab.Select(f => (JsonNode?)new JsonObject
        {
            ["device"] = f.Device,
            ["mountpoint"] = f.Mountpoint,
            ["type"] = f.Type,
            ["options"] = f.Options,
            ["dump"] = f.Dump,
            ["pass"] = f.Pass,
        }).ToArray());
        return result;
    }

    private static JsonObject Source(DiskSourceSpec from)
    {
        var result = new JsonObject { ["type"] = SpecNames.ToText(from.Type) };
        switch (from.Type)
        {
            case DiskSourceType.Components:
                result["components"] = List(from.Components);
                result["osVersion"] = from.OsVersion;
                result["osArch"] = from.OsArch;
                result["downloadURL"] = from.DownloadUrl;
                break;
            case DiskSourceType.AppjailImage:
                result["entrypoint"] = from.Entrypoint;
                result["imageName"] = from.ImageName;
                result["imageArch"] = from.ImageArch;
                result["imageTag"] = from.ImageTag;
                break;
            case DiskSourceType.Pkgbase:
                result["osVersion"] = from.OsVersion;
                result["osArch"] = from.OsArch;
                result["packages"] = List(from.Packages);
                AddIfSet(result, "pkgConf", from.PkgConf);
                result["fingerprints"] = from.Fingerprints;
                break;
            case DiskSourceType.Iso:
                result["isoFile"] = from.IsoFile;
                result["installed"] = from.Installed ?? false;
                break;
            default:
                AddIfSet(result, "imgFile", from.ImgFile);
                break;
        }

        return result;
    }
}
