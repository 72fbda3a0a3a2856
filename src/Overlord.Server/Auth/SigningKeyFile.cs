using System.Security.Cryptography;
using Overlord.Core;

namespace Overlord.Server.Auth;

/// <summary>
/// Loads the node's key (reference 3): <c>secret_key</c> when configured, otherwise the file
/// <c>secret_keyfile</c>, used unchanged when it holds exactly 64 bytes and otherwise (missing, or of
/// another size) replaced by 64 new random bytes. The file is created 0600 from its first byte (a temp
/// file made with that mode, fsynced, renamed over the old one), and an exclusive lock on
/// <c>&lt;keyfile&gt;.lock</c> makes processes that start together agree on one key.
/// </summary>
public static class SigningKeyFile
{
    public const int KeyLength = 64;

    private static readonly TimeSpan LockWait = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan LockRetry = TimeSpan.FromMilliseconds(20);

    /// <param name="secretKey">The configured <c>secret_key</c>, which wins over the file.</param>
    /// <param name="keyFile">The configured <c>secret_keyfile</c>.</param>
    /// <param name="timeProvider">The clock of the 30 s wait for the lock.</param>
    /// <param name="cancellationToken">Stops the wait.</param>
    public static async Task<SigningKey> LoadAsync(string? secretKey, string keyFile, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        if (secretKey is not null)
        {
            return SigningKey.FromSecret(secretKey);
        }

        var fullPath = Path.GetFullPath(keyFile);
        PrivateFiles.CreateDirectory(Path.GetDirectoryName(fullPath)!);
        await using var fileLock = await AcquireLockAsync(fullPath + ".lock", timeProvider, cancellationToken);
        var existing = await TryReadAsync(fullPath, cancellationToken);
        if (existing is not null)
        {
            return existing;
        }

        var bytes = RandomNumberGenerator.GetBytes(KeyLength);
        var temporary = $"{fullPath}.{Guid.NewGuid():N}.tmp";
        try
        {
            await using (var stream = new FileStream(temporary, PrivateFiles.NewFileOptions(FileMode.CreateNew)))
            {
                await stream.WriteAsync(bytes, cancellationToken);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, fullPath, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }

        return SigningKey.FromBytes(bytes);
    }

    private static async Task<SigningKey?> TryReadAsync(string path, CancellationToken cancellationToken)
    {
        var info = new FileInfo(path);
        if (!info.Exists || info.Length != KeyLength)
        {
            return null;
        }

        var bytes = await File.ReadAllBytesAsync(path, cancellationToken);
        return bytes.Length == KeyLength ? SigningKey.FromBytes(bytes) : null;
    }

    /// <summary>FileShare.None takes an exclusive flock on Unix, which other processes (and other handles here) respect.</summary>
    private static async Task<FileStream> AcquireLockAsync(string lockPath, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        var started = timeProvider.GetTimestamp();
        while (true)
        {
            try
            {
                return new FileStream(lockPath, PrivateFiles.NewFileOptions(FileMode.OpenOrCreate));
            }
            catch (IOException) when (timeProvider.GetElapsedTime(started) < LockWait)
            {
                await Task.Delay(LockRetry, timeProvider, cancellationToken);
            }
        }
    }
}
