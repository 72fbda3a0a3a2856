using Overlord.Core;

namespace Overlord.Cli.Demo;

/// <summary>
/// The folder that holds everything the demo makes: the bare repository, the seed clone, each node's config, data
/// and log. A fresh temp folder is the demo's own and goes on exit (unless kept); a folder the user named stays.
/// </summary>
internal sealed record DemoFolder(string Path, bool Owned)
{
    public string Origin => Combine("origin.git");

    public string Seed => Combine("seed");

    public string OperatorEnvFile => Combine("demo.env");

    public static DemoFolder Create(string? given)
    {
        if (given is null)
        {
            var fresh = Directory.CreateTempSubdirectory("overlord-demo-").FullName;
            return new DemoFolder(fresh, Owned: true);
        }

        var full = System.IO.Path.GetFullPath(given);
        if (Directory.Exists(full) && Directory.EnumerateFileSystemEntries(full).Any())
        {
            throw new OverlordException($"--data-dir {given}: the folder is not empty; give a new or empty one", ExitCodes.CantCreate);
        }

        Directory.CreateDirectory(full);
        return new DemoFolder(full, Owned: false);
    }

    public string NodeFolder(DemoNode node) => Combine("nodes", node.Name);

    public string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    /// <summary>Removes the folder; false (and the folder stays) when something in it cannot be removed.</summary>
    public bool TryRemove()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
