namespace Overlord.Server.Tests.Support;

internal static class FileModes
{
    public const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>The file's Unix mode; skips the test on Windows, which has none.</summary>
    public static UnixFileMode Of(string path)
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "Unix file modes only");
        return OperatingSystem.IsWindows() ? default : File.GetUnixFileMode(path);
    }

    /// <summary>Sets the file's Unix mode; skips the test on Windows.</summary>
    public static void Set(string path, UnixFileMode mode)
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "Unix file modes only");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, mode);
        }
    }
}
