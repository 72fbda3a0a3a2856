using System.Text.Json.Nodes;
using Overlord.Core.Specs;
using Overlord.Core.Yaml;

namespace Overlord.Runtime.VmJail;

/// <summary>
/// A NoCloud seed (reference section 11, step 7): <c>meta-data</c>, <c>user-data</c> (with its <c>#cloud-config</c>
/// header) and <c>network-config</c> as YAML in the jail's <c>cloud-init/</c>, made into <c>seed.iso</c> by makefs.
/// </summary>
internal static class CloudInitSeed
{
    public const string DefaultFlags = "-o R,L=cidata";

    /// <summary>Writes the documents, leaving out those the spec does not give (and any from an earlier run).</summary>
    public static async Task WriteAsync(VmJailFolder folder, CloudInitSpec cloudInit, CancellationToken cancellationToken)
    {
        if (Directory.Exists(folder.CloudInitDirectory))
        {
            Directory.Delete(folder.CloudInitDirectory, recursive: true);
        }

        Directory.CreateDirectory(folder.CloudInitDirectory);
        await WriteDocumentAsync(folder, "meta-data", "", cloudInit.MetaData, cancellationToken);
        await WriteDocumentAsync(folder, "user-data", "#cloud-config\n", cloudInit.UserData, cancellationToken);
        await WriteDocumentAsync(folder, "network-config", "", cloudInit.NetworkConfig, cancellationToken);
    }

    /// <summary>makefs's arguments, or null when the flags cannot be split (an open quote).</summary>
    public static IReadOnlyList<string>? MakefsArguments(VmJailFolder folder, CloudInitSpec cloudInit) =>
        ShellWords.Split(cloudInit.Flags ?? DefaultFlags) is { } flags
            ? ["-t", "cd9660", .. flags, "--", folder.SeedFile, folder.CloudInitDirectory]
            : null;

    private static Task WriteDocumentAsync(VmJailFolder folder, string name, string header, JsonObject? document, CancellationToken cancellationToken) =>
        document is null
            ? Task.CompletedTask
            : VmJailFolder.WriteDurablyAsync(Path.Combine(folder.CloudInitDirectory, name), header + YamlTreeWriter.Write(document), cancellationToken);
}
