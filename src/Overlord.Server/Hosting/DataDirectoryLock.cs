using Overlord.Core;

namespace Overlord.Server.Hosting;

/// <summary>
/// Holds <c>data_dir/overlord.lock</c> locked (flock on Unix) while the node runs, so a second node started on the
/// same data_dir refuses to start instead of sharing its database and server id. The kernel drops the lock when
/// the process ends, however it ends, so a killed node leaves nothing to clean up.
/// </summary>
public sealed class DataDirectoryLock : IDisposable
{
    public const string FileName = "overlord.lock";

    private readonly FileStream _file;

    private DataDirectoryLock(FileStream file) => _file = file;

    /// <summary>Takes the lock; throws EX_TEMPFAIL (75) when another node holds it.</summary>
    public static DataDirectoryLock Acquire(string dataDirectory)
    {
        var folder = Path.GetFullPath(dataDirectory);
        Overlord.Core.PrivateFiles.CreateDirectory(folder);
        var path = Path.Combine(folder, FileName);
        try
        {
            // FileShare.None: .NET takes an exclusive flock(2) on Unix and a sharing lock on Windows.
            var file = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            file.SetLength(0);
            using (var writer = new StreamWriter(file, leaveOpen: true))
            {
                writer.WriteLine(Environment.ProcessId);
            }

            file.Flush(flushToDisk: false);
            return new DataDirectoryLock(file);
        }
        catch (IOException) when (File.Exists(path))
        {
            throw new OverlordException(
                $"data_dir {folder} is in use by another overlord node (it holds {path}); give each node its own data_dir", ExitCodes.TempFail);
        }
    }

    public void Dispose() => _file.Dispose();
}
