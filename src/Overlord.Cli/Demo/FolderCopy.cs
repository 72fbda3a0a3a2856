namespace Overlord.Cli.Demo;

/// <summary>Copies a folder tree, leaving out git's own folders (an example folder may be a clone).</summary>
internal static class FolderCopy
{
    public static void Copy(string source, string destination)
    {
        Directory.CreateDirectory(destination);
        foreach (var file in Directory.EnumerateFiles(source))
        {
            File.Copy(file, Path.Combine(destination, Path.GetFileName(file)));
        }

        foreach (var folder in Directory.EnumerateDirectories(source).Where(folder => Path.GetFileName(folder) != ".git"))
        {
            Copy(folder, Path.Combine(destination, Path.GetFileName(folder)));
        }
    }
}
