using Overlord.Core.Validation;
using Overlord.Core.Yaml;

namespace Overlord.Core.Specs.Reading;

/// <summary>Reads <c>diskLayout.from</c>: the keys allowed depend on its type.</summary>
internal static class DiskSourceReader
{
    public static DiskSourceSpec? Read(MappingReader layout)
    {
        if (layout.Mapping("from", required: true) is not { } from)
        {
            return null;
        }

        var typeText = from.Text("type", required: true);
        if (typeText is null)
        {
            return null;
        }

        if (SpecNames.ParseDiskSourceType(typeText) is not { } type)
        {
            from.Bag.Error(from.Node["type"]!, "diskLayout.from.type", $"unknown type '{typeText}'; use one of: {string.Join(", ", SpecNames.DiskSourceTypeTexts)}");
            return null;
        }

        var spec = type switch
        {
            DiskSourceType.Components => new DiskSourceSpec
            {
                Type = type,
                Components = SpecValues.NonEmptyList(from, "components") ?? RequiredList(from, "components"),
                OsVersion = from.Text("osVersion", required: true, scalarsAsText: true),
                OsArch = from.Text("osArch", required: true),
                DownloadUrl = from.Text("downloadURL") ?? DiskSourceSpec.DefaultDownloadUrl,
            },
            DiskSourceType.AppjailImage => new DiskSourceSpec
            {
                Type = type,
                Entrypoint = from.Text("entrypoint", required: true),
                ImageName = from.Text("imageName", required: true),
                ImageArch = from.Text("imageArch", required: true),
                ImageTag = from.Text("imageTag", required: true, scalarsAsText: true),
            },
            DiskSourceType.Pkgbase => new DiskSourceSpec
            {
                Type = type,
                OsVersion = from.Text("osVersion", required: true, scalarsAsText: true),
                OsArch = from.Text("osArch", required: true),
                Packages = SpecValues.NonEmptyList(from, "packages") ?? RequiredList(from, "packages"),
                PkgConf = from.Text("pkgConf"),
                Fingerprints = from.Text("fingerprints") ?? DiskSourceSpec.DefaultFingerprints,
            },
            DiskSourceType.Iso => new DiskSourceSpec
            {
                Type = type,
                IsoFile = from.Text("isoFile", required: true),
                Installed = from.Boolean("installed") ?? false,
            },
            _ => new DiskSourceSpec { Type = type, ImgFile = from.Text("imgFile") },
        };
        from.RejectUnknownKeys();
        return spec;
    }

    /// <summary>Reports a required list that is missing (an empty one is reported by <see cref="SpecValues.NonEmptyList"/>).</summary>
    private static List<string> RequiredList(MappingReader from, string key)
    {
        if (!from.Has(key))
        {
            from.Take(key, required: true);
        }

        return [];
    }
}
