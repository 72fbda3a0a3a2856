namespace Overlord.Cli.Tests.Walkthroughs;

/// <summary>
/// A PATH for a machine without the git executable: one folder of links to every program on this PATH except
/// <c>git</c> and <c>git-*</c>, so everything else a walkthrough runs (sh, setsid, the services) is still found.
/// </summary>
internal static class PathWithoutGit
{
    public static string Create(string folder)
    {
        Directory.CreateDirectory(folder);
        var directories = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries);
        foreach (var program in directories.Where(Directory.Exists).SelectMany(Directory.EnumerateFiles))
        {
            var name = Path.GetFileName(program);
            var link = Path.Combine(folder, name);
            if (name != "git" && !name.StartsWith("git-", StringComparison.Ordinal) && !File.Exists(link) && !Directory.Exists(link))
            {
                File.CreateSymbolicLink(link, program);
            }
        }

        Assert.False(File.Exists(Path.Combine(folder, "git")));
        return folder;
    }
}
