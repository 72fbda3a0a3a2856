namespace Overlord.Core;

/// <summary>
/// Creates files and folders readable by the owner only (0600, 0700), from the first moment they exist: the node
/// database, the signing key, the server id, agent.db and the agent's folder.
/// </summary>
public static class PrivateFiles
{
    /// <summary>0600.</summary>
    public const UnixFileMode OwnerOnlyFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>0700.</summary>
    public const UnixFileMode OwnerOnlyDirectory = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    /// <summary>Creates a folder (and any missing parents) 0700; an existing one is left as it is.</summary>
    public static void CreateDirectory(string path)
    {
        if (Directory.Exists(path))
        {
            return;
        }

        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
        }
        else
        {
            Directory.CreateDirectory(path, OwnerOnlyDirectory);
        }
    }

    /// <summary>
    /// A folder only Overlord writes in: created 0700, and when an earlier version made it with wider modes, narrowed
    /// to the owner's bits.
    /// </summary>
    public static void CreateOwnDirectory(string path)
    {
        CreateDirectory(path);
        if (!OperatingSystem.IsWindows())
        {
            var mode = File.GetUnixFileMode(path);
            if ((mode & ~OwnerOnlyDirectory) != 0)
            {
                File.SetUnixFileMode(path, mode & OwnerOnlyDirectory);
            }
        }
    }

    /// <summary>Options for a new file that is private from its creation (umask can only remove bits).</summary>
    public static FileStreamOptions NewFileOptions(FileMode mode)
    {
        var options = new FileStreamOptions { Mode = mode, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = OwnerOnlyFile;
        }

        return options;
    }

    /// <summary>Creates an empty 0600 file unless one is there (SQLite then keeps the mode for its -wal and -shm files).</summary>
    public static void CreateEmptyFileIfMissing(string path)
    {
        if (File.Exists(path))
        {
            return;
        }

        try
        {
            using var stream = new FileStream(path, NewFileOptions(FileMode.CreateNew));
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another process created it first; it did so with the same mode.
        }
    }
}
